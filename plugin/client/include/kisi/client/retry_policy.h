#pragma once

#include <chrono>
#include <cstdint>
#include <mutex>
#include <optional>
#include <random>

#include "kisi/client/error.h"

namespace kisi::client {

struct RetryOptions {
    int max_attempts = 5;  // including the first
    std::chrono::milliseconds initial_backoff{500};
    std::chrono::milliseconds max_backoff{16'000};
    std::chrono::milliseconds max_total_wait{60'000};        // summed over the waits of one call
    std::chrono::milliseconds min_rate_limited_wait{1'000};  // 429 without Retry-After
};

// Decides whether and when to try a failed request again: 429 waits Retry-After (at least
// min_rate_limited_wait when absent); 5xx and network errors back off exponentially with
// jitter; every other error is final.
class RetryPolicy {
  public:
    RetryPolicy(RetryOptions options, std::uint64_t seed);

    // `attempt` counts the attempts made so far (1 after the first failed); `waited` is the
    // time already spent waiting in this call. nullopt: give up and report `error`.
    std::optional<std::chrono::milliseconds> delay_before_retry(const Error& error, int attempt,
                                                                std::chrono::milliseconds waited);

    const RetryOptions& options() const { return options_; }

  private:
    std::chrono::milliseconds jittered_backoff(int attempt);

    const RetryOptions options_;
    std::mutex mutex_;
    std::mt19937_64 random_;
};

}  // namespace kisi::client
