#include "limits/rate_limiter.h"

#include <algorithm>
#include <chrono>
#include <cmath>

namespace kisi::sandbox {

RateLimiter::RateLimiter(double rate_per_second, MonotonicMs now)
    : rate_(rate_per_second), now_(std::move(now)) {}

std::int64_t RateLimiter::steady_now_ms() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

RateLimiter::Decision RateLimiter::acquire(const std::string& client) {
    if (!enabled()) return {};
    const std::int64_t now = now_();
    std::lock_guard lock(mutex_);
    // A rate below 1/s still lets one request through at a time.
    const double burst = std::max(1.0, rate_);
    auto [it, inserted] = buckets_.try_emplace(client, Bucket{burst, now});
    Bucket& bucket = it->second;
    const double elapsed_s = static_cast<double>(now - bucket.refilled_at_ms) / 1000.0;
    bucket.tokens = std::min(burst, bucket.tokens + elapsed_s * rate_);
    bucket.refilled_at_ms = now;
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        return {};
    }
    const double wait_s = (1.0 - bucket.tokens) / rate_;
    return {false, std::max(1, static_cast<int>(std::ceil(wait_s)))};
}

}  // namespace kisi::sandbox
