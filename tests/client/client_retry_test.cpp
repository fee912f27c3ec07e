#include <gtest/gtest.h>

#include "support/client_harness.h"
#include "support/kisi_samples.h"

namespace kisi::client {
namespace {

namespace samples = testing::samples;
using std::chrono::milliseconds;
using testing::ClientHarness;

TEST(ClientRetry, RateLimitedHonoursRetryAfter) {
    ClientHarness kisi;
    kisi.transport->respond(429, R"({"code":"000429","error":"Too many requests"})",
                            {{"Retry-After", "3"}});
    kisi.transport->respond(200, samples::kUser);
    auto user = kisi->get_user(55);
    ASSERT_TRUE(user.ok()) << user.error().message;
    EXPECT_EQ(kisi.transport->requests().size(), 2u);
    EXPECT_EQ(kisi.clock->sleeps(), std::vector<milliseconds>{milliseconds{3000}});
}

TEST(ClientRetry, RateLimitedWithoutRetryAfterWaitsAtLeastOneSecond) {
    ClientHarness kisi;
    kisi.transport->respond(429, "").respond(429, "").respond(200, samples::kUser);
    ASSERT_TRUE(kisi->get_user(55).ok());
    const auto sleeps = kisi.clock->sleeps();
    ASSERT_EQ(sleeps.size(), 2u);
    for (const auto sleep : sleeps) EXPECT_GE(sleep, milliseconds{1000});
}

TEST(ClientRetry, ServerAndNetworkErrorsBackOffExponentially) {
    ClientHarness kisi;
    kisi.transport->respond(503, R"({"code":"fac001","error":"unavailable"})")
        .respond(502, "<html>bad gateway</html>")
        .fail(ErrorKind::network, "connection reset")
        .respond(200, samples::kUser);
    ASSERT_TRUE(kisi->get_user(55).ok());
    const auto sleeps = kisi.clock->sleeps();
    ASSERT_EQ(sleeps.size(), 3u);
    const RetryOptions defaults;
    for (std::size_t i = 0; i < sleeps.size(); ++i) {
        const auto ceiling = defaults.initial_backoff * (1 << i);
        EXPECT_GE(sleeps[i], ceiling / 2) << i;
        EXPECT_LE(sleeps[i], ceiling) << i;
    }
}

TEST(ClientRetry, NoRetryOnOtherClientErrors) {
    for (int status : {400, 401, 403, 404, 409, 422}) {
        ClientHarness kisi;
        kisi.transport->respond(status, R"({"code":"abc123","error":"no"})");
        kisi.transport->respond(200, samples::kUser);
        auto user = kisi->get_user(55);
        ASSERT_FALSE(user.ok()) << status;
        EXPECT_EQ(user.error().http_status, status);
        EXPECT_EQ(kisi.transport->requests().size(), 1u) << status;
        EXPECT_TRUE(kisi.clock->sleeps().empty()) << status;
    }
}

TEST(ClientRetry, BoundedAttempts) {
    ClientHarness kisi;
    for (int i = 0; i < 10; ++i) kisi.transport->respond(500, R"({"code":"x","error":"boom"})");
    auto user = kisi->get_user(55);
    ASSERT_FALSE(user.ok());
    EXPECT_EQ(user.error().kind, ErrorKind::server);
    EXPECT_EQ(user.error().http_status, 500);
    EXPECT_NE(user.error().message.find("boom"), std::string::npos);
    EXPECT_EQ(kisi.transport->requests().size(), 5u);
    EXPECT_LE(kisi.clock->elapsed(), RetryOptions{}.max_total_wait);
}

TEST(ClientRetry, BoundedTotalWait) {
    auto config = testing::test_config();
    config.retry.max_attempts = 100;
    config.retry.max_total_wait = milliseconds{10'000};
    ClientHarness kisi(config);
    for (int i = 0; i < 100; ++i) kisi.transport->fail();
    auto user = kisi->get_user(55);
    ASSERT_FALSE(user.ok());
    EXPECT_EQ(user.error().kind, ErrorKind::network);
    EXPECT_LE(kisi.clock->elapsed(), milliseconds{10'000});
    EXPECT_LT(kisi.transport->requests().size(), 100u);
}

TEST(ClientRetry, RetryAfterBeyondTheBudgetIsReportedNotAwaited) {
    ClientHarness kisi;
    kisi.transport->respond(429, "", {{"Retry-After", "120"}});
    auto user = kisi->get_user(55);
    ASSERT_FALSE(user.ok());
    EXPECT_EQ(user.error().kind, ErrorKind::rate_limited);
    EXPECT_EQ(user.error().retry_after, milliseconds{120'000});
    EXPECT_TRUE(kisi.clock->sleeps().empty());
    EXPECT_TRUE(user.error().transient());
}

TEST(ClientRetry, NetworkFailureMessageNamesTheCall) {
    auto config = testing::test_config();
    config.retry.max_attempts = 1;
    ClientHarness kisi(config);
    kisi.transport->fail(ErrorKind::network, "connection refused");
    auto places = kisi->list_places();
    ASSERT_FALSE(places.ok());
    EXPECT_EQ(places.error().kind, ErrorKind::network);
    EXPECT_EQ(places.error().http_status, 0);
    EXPECT_NE(places.error().message.find("GET /places"), std::string::npos);
    EXPECT_NE(places.error().message.find("connection refused"), std::string::npos);
}

}  // namespace
}  // namespace kisi::client
