#include "kisi/client/rate_limiter.h"

#include <Poco/DigestEngine.h>
#include <Poco/SHA2Engine.h>

#include <algorithm>

namespace kisi::client {

RateLimiter::RateLimiter(RateLimit limit, std::shared_ptr<Clock> clock)
    : limit_(limit), clock_(std::move(clock)), tokens_(capacity()), refilled_at_(clock_->now()) {}

RateLimiter::Admission RateLimiter::acquire(Clock::duration max_wait) {
    Clock::time_point ready_at;
    {
        std::lock_guard lock(mutex_);
        const auto now = clock_->now();
        ready_at = std::max(now, blocked_until_);
        if (limit_.requests_per_second > 0) {
            if (now > refilled_at_) {
                const std::chrono::duration<double> elapsed = now - refilled_at_;
                tokens_ =
                    std::min(capacity(), tokens_ + elapsed.count() * limit_.requests_per_second);
                refilled_at_ = now;
            }
            const std::chrono::duration<double> until_token(
                tokens_ >= 1.0 ? 0.0 : (1.0 - tokens_) / limit_.requests_per_second);
            ready_at = std::max(
                ready_at, refilled_at_ + std::chrono::duration_cast<Clock::duration>(until_token));
        }
        if (ready_at - now > max_wait) return {false, ready_at - now};
        // Reserve the token now even when it is not there yet; the debt spaces out later callers.
        if (limit_.requests_per_second > 0) tokens_ -= 1.0;
    }
    // A 429 seen by another client of this key while we waited moves the start further out.
    while (ready_at > clock_->now()) {
        clock_->sleep_until(ready_at);
        std::lock_guard lock(mutex_);
        const auto now = clock_->now();
        if (blocked_until_ - now > max_wait) return {false, blocked_until_ - now};
        ready_at = blocked_until_;
    }
    return {};
}

void RateLimiter::defer_until(Clock::time_point resume_at) {
    std::lock_guard lock(mutex_);
    blocked_until_ = std::max(blocked_until_, resume_at);
    if (resume_at > refilled_at_) {
        // One request may go at resume_at, then the steady rate.
        refilled_at_ = resume_at;
        tokens_ = 1.0;
    }
}

double RateLimiter::capacity() const {
    return std::max(1.0, limit_.burst);
}

std::shared_ptr<RateLimiterRegistry> RateLimiterRegistry::process_wide() {
    static const auto registry = std::make_shared<RateLimiterRegistry>();
    return registry;
}

std::shared_ptr<RateLimiter> RateLimiterRegistry::limiter_for(std::string_view api_key,
                                                              RateLimit limit,
                                                              std::shared_ptr<Clock> clock) {
    Poco::SHA2Engine sha256(Poco::SHA2Engine::SHA_256);
    sha256.update(api_key.data(), static_cast<unsigned>(api_key.size()));
    const std::string digest = Poco::DigestEngine::digestToHex(sha256.digest());

    std::lock_guard lock(mutex_);
    std::erase_if(limiters_, [](const auto& entry) { return entry.second.expired(); });
    if (auto existing = limiters_[digest].lock()) return existing;
    auto limiter = std::make_shared<RateLimiter>(limit, std::move(clock));
    limiters_[digest] = limiter;
    return limiter;
}

}  // namespace kisi::client
