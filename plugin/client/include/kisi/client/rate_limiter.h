#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "kisi/client/clock.h"

namespace kisi::client {

struct RateLimit {
    double requests_per_second = 5.0;  // Kisi's published limit per user; 0 = unlimited
    double burst = 1.0;                // requests that may go at once after an idle spell

    bool operator==(const RateLimit&) const = default;
};

// Token bucket. acquire() reserves the next slot and waits for it on the injected clock, so
// concurrent callers are spaced out fairly.
class RateLimiter {
  public:
    struct Admission {
        bool admitted = true;
        Clock::duration wait{};  // when refused: how long until a request may go
    };

    RateLimiter(RateLimit limit, std::shared_ptr<Clock> clock);

    // Waits for the next slot and takes it, unless that slot is more than `max_wait` away (for
    // instance while Kisi asked for a long pause): then it takes nothing and says how far away.
    Admission acquire(Clock::duration max_wait = Clock::duration::max());
    // After Kisi answered 429: nobody using this limiter sends before `resume_at`, even when
    // the rate is unlimited.
    void defer_until(Clock::time_point resume_at);

    const RateLimit& limit() const { return limit_; }

  private:
    double capacity() const;

    const RateLimit limit_;
    const std::shared_ptr<Clock> clock_;
    std::mutex mutex_;
    double tokens_;
    Clock::time_point refilled_at_;
    Clock::time_point blocked_until_{};
};

// One limiter per API key, so that every client of one key shares Kisi's per-user budget.
// Keys are held only as SHA-256 digests.
class RateLimiterRegistry {
  public:
    static std::shared_ptr<RateLimiterRegistry> process_wide();

    // The limiter already in use for this key, or a new one with `limit` and `clock`.
    // The first client of a key decides its limit and clock.
    std::shared_ptr<RateLimiter> limiter_for(std::string_view api_key, RateLimit limit,
                                             std::shared_ptr<Clock> clock);

  private:
    std::mutex mutex_;
    std::map<std::string, std::weak_ptr<RateLimiter>> limiters_;
};

}  // namespace kisi::client
