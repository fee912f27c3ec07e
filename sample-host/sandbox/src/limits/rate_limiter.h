// Kisi's per-user request limit as a token bucket: `rate` requests per second with bursts of
// up to `rate` (at least one) requests. Measured on a monotonic clock, not the (settable) sandbox
// clock.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <string>

namespace kisi::sandbox {

class RateLimiter {
  public:
    using MonotonicMs = std::function<std::int64_t()>;

    // rate 0 (or less) turns the limiter off.
    explicit RateLimiter(double rate_per_second, MonotonicMs now = steady_now_ms);

    struct Decision {
        bool allowed = true;
        int retry_after_seconds = 0;  // when refused: whole seconds until a request fits
    };

    // Takes one request from `client`'s allowance (a user, or an address for anonymous calls).
    Decision acquire(const std::string& client);
    bool enabled() const { return rate_ > 0; }

    static std::int64_t steady_now_ms();

  private:
    struct Bucket {
        double tokens = 0;
        std::int64_t refilled_at_ms = 0;
    };

    double rate_;
    MonotonicMs now_;
    std::mutex mutex_;
    std::map<std::string, Bucket> buckets_;
};

}  // namespace kisi::sandbox
