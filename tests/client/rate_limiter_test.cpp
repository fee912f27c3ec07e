#include "kisi/client/rate_limiter.h"

#include <gtest/gtest.h>

#include "support/client_harness.h"
#include "support/kisi_samples.h"

namespace kisi::client {
namespace {

using std::chrono::milliseconds;
using testing::FakeClock;

std::vector<milliseconds> acquire_times(RateLimiter& limiter, FakeClock& clock, int count) {
    std::vector<milliseconds> times;
    for (int i = 0; i < count; ++i) {
        limiter.acquire();
        times.push_back(clock.elapsed());
    }
    return times;
}

TEST(RateLimiter, SteadyFivePerSecond) {
    auto clock = std::make_shared<FakeClock>();
    RateLimiter limiter(RateLimit{5.0, 1.0}, clock);
    const auto times = acquire_times(limiter, *clock, 11);
    for (std::size_t i = 0; i < times.size(); ++i) {
        EXPECT_EQ(times[i], milliseconds{200} * static_cast<int>(i)) << i;
    }
    // Never more than five requests in any second.
    for (std::size_t i = 5; i < times.size(); ++i)
        EXPECT_GE(times[i] - times[i - 5], milliseconds{1000});
}

TEST(RateLimiter, BurstThenSteady) {
    auto clock = std::make_shared<FakeClock>();
    RateLimiter limiter(RateLimit{5.0, 5.0}, clock);
    const auto times = acquire_times(limiter, *clock, 8);
    for (int i = 0; i < 5; ++i) EXPECT_EQ(times[i], milliseconds{0});
    EXPECT_EQ(times[5], milliseconds{200});
    EXPECT_EQ(times[6], milliseconds{400});
    EXPECT_EQ(times[7], milliseconds{600});
}

TEST(RateLimiter, IdleTimeRefillsOnlyUpToTheBurst) {
    auto clock = std::make_shared<FakeClock>();
    RateLimiter limiter(RateLimit{5.0, 2.0}, clock);
    acquire_times(limiter, *clock, 2);
    clock->advance(milliseconds{60'000});
    const auto start = clock->elapsed();
    const auto times = acquire_times(limiter, *clock, 4);
    EXPECT_EQ(times[0] - start, milliseconds{0});
    EXPECT_EQ(times[1] - start, milliseconds{0});
    EXPECT_EQ(times[2] - start, milliseconds{200});
    EXPECT_EQ(times[3] - start, milliseconds{400});
}

TEST(RateLimiter, ZeroRateIsUnlimited) {
    auto clock = std::make_shared<FakeClock>();
    RateLimiter limiter(RateLimit{0.0, 1.0}, clock);
    acquire_times(limiter, *clock, 100);
    EXPECT_EQ(clock->elapsed(), milliseconds{0});
}

TEST(RateLimiter, DeferralHoldsEveryoneUntilItEnds) {
    auto clock = std::make_shared<FakeClock>();
    RateLimiter limiter(RateLimit{5.0, 5.0}, clock);
    limiter.defer_until(clock->now() + milliseconds{3000});
    const auto times = acquire_times(limiter, *clock, 3);
    EXPECT_EQ(times[0], milliseconds{3000});
    EXPECT_EQ(times[1], milliseconds{3200});
    EXPECT_EQ(times[2], milliseconds{3400});
}

TEST(RateLimiter, RefusesASlotFurtherAwayThanTheCallerMayWait) {
    auto clock = std::make_shared<FakeClock>();
    RateLimiter limiter(RateLimit{5.0, 1.0}, clock);
    limiter.defer_until(clock->now() + milliseconds{120'000});
    const auto refused = limiter.acquire(milliseconds{60'000});
    EXPECT_FALSE(refused.admitted);
    EXPECT_EQ(refused.wait, milliseconds{120'000});
    EXPECT_EQ(clock->elapsed(), milliseconds{0});
    // Nothing was reserved: the next caller that can wait gets the first slot after the pause.
    EXPECT_TRUE(limiter.acquire().admitted);
    EXPECT_EQ(clock->elapsed(), milliseconds{120'000});
}

TEST(RateLimiterRegistry, OneLimiterPerKey) {
    auto clock = std::make_shared<FakeClock>();
    RateLimiterRegistry registry;
    auto a = registry.limiter_for("key-a", {}, clock);
    auto a_again = registry.limiter_for("key-a", {}, clock);
    auto b = registry.limiter_for("key-b", {}, clock);
    EXPECT_EQ(a, a_again);
    EXPECT_NE(a, b);
}

ClientConfig limited_config(std::string key) {
    auto config = testing::test_config();
    config.api_key = std::move(key);
    config.rate_limit = RateLimit{5.0, 1.0};
    return config;
}

TEST(RateLimiterRegistry, ClientsOfOneKeyShareTheBudget) {
    auto clock = std::make_shared<FakeClock>();
    auto registry = std::make_shared<RateLimiterRegistry>();
    auto transport = std::make_shared<testing::ScriptedTransport>(clock);
    for (int i = 0; i < 6; ++i) transport->respond(200, testing::samples::kUser);

    ClientDependencies deps{transport, clock, registry, 1};
    auto first = KisiClient::connect(limited_config("shared-key-123456"), deps);
    auto second = KisiClient::connect(limited_config("shared-key-123456"), deps);
    ASSERT_TRUE(first.ok() && second.ok());
    for (int i = 0; i < 3; ++i) {
        ASSERT_TRUE(first->get_user(55).ok());
        ASSERT_TRUE(second->get_user(55).ok());
    }
    const auto sent = transport->sent_at();
    ASSERT_EQ(sent.size(), 6u);
    for (std::size_t i = 1; i < sent.size(); ++i) {
        EXPECT_EQ(sent[i] - sent[i - 1], milliseconds{200}) << i;
    }
}

TEST(RateLimiterRegistry, SeparateKeysAreIndependent) {
    auto clock = std::make_shared<FakeClock>();
    auto registry = std::make_shared<RateLimiterRegistry>();
    auto transport = std::make_shared<testing::ScriptedTransport>(clock);
    for (int i = 0; i < 2; ++i) transport->respond(200, testing::samples::kUser);

    ClientDependencies deps{transport, clock, registry, 1};
    auto admin = KisiClient::connect(limited_config("admin-key-123456"), deps);
    auto parent = KisiClient::connect(limited_config("parent-login-secret"), deps);
    ASSERT_TRUE(admin.ok() && parent.ok());
    ASSERT_TRUE(admin->get_user(55).ok());
    ASSERT_TRUE(parent->get_user(55).ok());
    EXPECT_EQ(clock->elapsed(), milliseconds{0});
}

TEST(RateLimiterRegistry, A429SlowsEveryClientOfTheKey) {
    auto clock = std::make_shared<FakeClock>();
    auto registry = std::make_shared<RateLimiterRegistry>();
    auto transport = std::make_shared<testing::ScriptedTransport>(clock);
    transport->respond(429, R"({"code":"000429","error":"Too many requests"})",
                       {{"Retry-After", "4"}});
    transport->respond(200, testing::samples::kUser);
    transport->respond(200, testing::samples::kUser);

    ClientDependencies deps{transport, clock, registry, 1};
    auto first = KisiClient::connect(limited_config("shared-key-123456"), deps);
    auto second = KisiClient::connect(limited_config("shared-key-123456"), deps);
    ASSERT_TRUE(first.ok() && second.ok());
    ASSERT_TRUE(first->get_user(55).ok());  // 429, waits 4 s, then succeeds
    ASSERT_TRUE(second->get_user(55).ok());
    const auto sent = transport->sent_at();
    ASSERT_EQ(sent.size(), 3u);
    EXPECT_EQ(sent[1] - sent[0], milliseconds{4000});
    EXPECT_GE(sent[2] - sent[1], milliseconds{200});
}

TEST(RateLimiterRegistry, ALongPauseMakesOtherCallsFailFastInsteadOfHanging) {
    auto clock = std::make_shared<FakeClock>();
    auto registry = std::make_shared<RateLimiterRegistry>();
    auto transport = std::make_shared<testing::ScriptedTransport>(clock);
    transport->respond(429, R"({"code":"000429","error":"Too many requests"})",
                       {{"Retry-After", "600"}});

    ClientDependencies deps{transport, clock, registry, 1};
    auto first = KisiClient::connect(limited_config("shared-key-123456"), deps);
    auto second = KisiClient::connect(limited_config("shared-key-123456"), deps);
    ASSERT_TRUE(first.ok() && second.ok());
    auto refused = first->get_user(55);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::rate_limited);
    EXPECT_EQ(refused.error().retry_after, milliseconds{600'000});

    auto paused = second->get_user(55);
    ASSERT_FALSE(paused.ok());
    EXPECT_EQ(paused.error().kind, ErrorKind::rate_limited);
    EXPECT_EQ(paused.error().retry_after, milliseconds{600'000});
    EXPECT_NE(paused.error().message.find("GET /users/55"), std::string::npos);
    EXPECT_EQ(transport->requests().size(), 1u);
    EXPECT_EQ(clock->elapsed(), milliseconds{0});
}

}  // namespace
}  // namespace kisi::client
