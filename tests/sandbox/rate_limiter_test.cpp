#include "limits/rate_limiter.h"

#include <gtest/gtest.h>

namespace kisi::sandbox::test {
namespace {

class FakeMonotonicClock {
  public:
    std::int64_t now() const { return now_ms_; }
    void advance(std::int64_t ms) { now_ms_ += ms; }
    RateLimiter::MonotonicMs source() {
        return [this] { return now(); };
    }

  private:
    std::int64_t now_ms_ = 1'000'000;
};

TEST(RateLimiter, AllowsABurstOfRateThenRefusesWithRetryAfter) {
    FakeMonotonicClock clock;
    RateLimiter limiter(5, clock.source());
    for (int i = 0; i < 5; ++i) EXPECT_TRUE(limiter.acquire("user:1").allowed) << i;
    const auto refused = limiter.acquire("user:1");
    EXPECT_FALSE(refused.allowed);
    EXPECT_EQ(refused.retry_after_seconds, 1);
}

TEST(RateLimiter, RefillsAtTheRate) {
    FakeMonotonicClock clock;
    RateLimiter limiter(5, clock.source());
    for (int i = 0; i < 5; ++i) limiter.acquire("user:1");
    clock.advance(199);
    EXPECT_FALSE(limiter.acquire("user:1").allowed);
    clock.advance(2);
    EXPECT_TRUE(limiter.acquire("user:1").allowed);
    EXPECT_FALSE(limiter.acquire("user:1").allowed);
    clock.advance(10'000);
    for (int i = 0; i < 5; ++i) EXPECT_TRUE(limiter.acquire("user:1").allowed) << i;
    EXPECT_FALSE(limiter.acquire("user:1").allowed);
}

TEST(RateLimiter, SustainsExactlyTheRateOverTime) {
    FakeMonotonicClock clock;
    RateLimiter limiter(5, clock.source());
    int allowed = 0;
    for (int tick = 0; tick < 1000; ++tick) {  // 10 s in 10 ms steps, asking every step
        allowed += limiter.acquire("user:1").allowed ? 1 : 0;
        clock.advance(10);
    }
    EXPECT_GE(allowed, 5 + 49);  // the burst plus 5/s for 9.99 s
    EXPECT_LE(allowed, 5 + 50);
}

TEST(RateLimiter, ClientsHaveSeparateAllowances) {
    FakeMonotonicClock clock;
    RateLimiter limiter(1, clock.source());
    EXPECT_TRUE(limiter.acquire("user:1").allowed);
    EXPECT_FALSE(limiter.acquire("user:1").allowed);
    EXPECT_TRUE(limiter.acquire("user:2").allowed);
}

TEST(RateLimiter, RetryAfterCoversSlowRates) {
    FakeMonotonicClock clock;
    RateLimiter limiter(0.25, clock.source());
    EXPECT_TRUE(limiter.acquire("user:1").allowed);
    const auto refused = limiter.acquire("user:1");
    EXPECT_FALSE(refused.allowed);
    EXPECT_EQ(refused.retry_after_seconds, 4);
}

TEST(RateLimiter, ZeroMeansOff) {
    FakeMonotonicClock clock;
    RateLimiter limiter(0, clock.source());
    EXPECT_FALSE(limiter.enabled());
    for (int i = 0; i < 100; ++i) EXPECT_TRUE(limiter.acquire("user:1").allowed);
}

}  // namespace
}  // namespace kisi::sandbox::test
