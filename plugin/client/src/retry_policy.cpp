#include "kisi/client/retry_policy.h"

#include <algorithm>

namespace kisi::client {

using std::chrono::milliseconds;

RetryPolicy::RetryPolicy(RetryOptions options, std::uint64_t seed)
    : options_(options), random_(seed) {}

std::optional<milliseconds> RetryPolicy::delay_before_retry(const Error& error, int attempt,
                                                            milliseconds waited) {
    if (!error.transient() || attempt >= options_.max_attempts) return std::nullopt;

    milliseconds delay{0};
    if (error.kind == ErrorKind::rate_limited && error.retry_after) {
        delay = *error.retry_after;
    } else if (error.kind == ErrorKind::rate_limited) {
        delay = std::max(options_.min_rate_limited_wait, jittered_backoff(attempt));
    } else {
        delay = jittered_backoff(attempt);
    }
    if (waited + delay > options_.max_total_wait) return std::nullopt;
    return delay;
}

// Exponential backoff with "equal jitter": a uniform pick in [backoff/2, backoff], so that
// clients failing together do not retry together, yet every wait keeps growing.
milliseconds RetryPolicy::jittered_backoff(int attempt) {
    milliseconds backoff = options_.initial_backoff;
    for (int i = 1; i < attempt && backoff < options_.max_backoff; ++i) backoff *= 2;
    backoff = std::min(backoff, options_.max_backoff);
    std::uniform_int_distribution<milliseconds::rep> pick(backoff.count() / 2, backoff.count());
    std::lock_guard lock(mutex_);
    return milliseconds{pick(random_)};
}

}  // namespace kisi::client
