#include "kisi/client/retry_policy.h"

#include <gtest/gtest.h>

#include <set>

namespace kisi::client {
namespace {

using std::chrono::milliseconds;

Error error_of(ErrorKind kind, int status, std::optional<milliseconds> retry_after = {}) {
    Error error;
    error.kind = kind;
    error.http_status = status;
    error.retry_after = retry_after;
    return error;
}

TEST(RetryPolicy, NeverRetriesOtherClientErrors) {
    RetryPolicy policy({}, 1);
    for (auto [kind, status] : {std::pair{ErrorKind::validation, 400},
                                {ErrorKind::authentication, 401},
                                {ErrorKind::forbidden, 403},
                                {ErrorKind::not_found, 404},
                                {ErrorKind::conflict, 409},
                                {ErrorKind::validation, 422},
                                {ErrorKind::undecodable, 200},
                                {ErrorKind::unexpected, 410},
                                {ErrorKind::configuration, 0}}) {
        EXPECT_FALSE(policy.delay_before_retry(error_of(kind, status), 1, milliseconds{0}))
            << status;
    }
}

TEST(RetryPolicy, HonoursRetryAfter) {
    RetryPolicy policy({}, 1);
    EXPECT_EQ(policy.delay_before_retry(error_of(ErrorKind::rate_limited, 429, milliseconds{3000}),
                                        1, milliseconds{0}),
              milliseconds{3000});
}

TEST(RetryPolicy, RateLimitedWithoutRetryAfterWaitsAtLeastOneSecond) {
    RetryOptions options;
    options.initial_backoff = milliseconds{100};
    for (std::uint64_t seed = 0; seed < 50; ++seed) {
        RetryPolicy policy(options, seed);
        const auto delay =
            policy.delay_before_retry(error_of(ErrorKind::rate_limited, 429), 1, milliseconds{0});
        ASSERT_TRUE(delay.has_value());
        EXPECT_GE(*delay, milliseconds{1000});
    }
}

TEST(RetryPolicy, BackoffGrowsExponentiallyWithinJitterBounds) {
    RetryOptions options;
    options.max_attempts = 10;
    options.initial_backoff = milliseconds{500};
    options.max_backoff = milliseconds{4000};
    options.max_total_wait = milliseconds{1'000'000};
    for (std::uint64_t seed = 0; seed < 50; ++seed) {
        RetryPolicy policy(options, seed);
        for (int attempt = 1; attempt <= 6; ++attempt) {
            const milliseconds ceiling =
                std::min(milliseconds{500 << (attempt - 1)}, options.max_backoff);
            const auto delay = policy.delay_before_retry(error_of(ErrorKind::server, 503), attempt,
                                                         milliseconds{0});
            ASSERT_TRUE(delay.has_value());
            EXPECT_GE(*delay, ceiling / 2) << "attempt " << attempt;
            EXPECT_LE(*delay, ceiling) << "attempt " << attempt;
        }
    }
}

TEST(RetryPolicy, JitterSpreadsClientsApart) {
    std::set<milliseconds::rep> delays;
    for (std::uint64_t seed = 0; seed < 20; ++seed) {
        RetryPolicy policy({}, seed);
        delays.insert(
            policy.delay_before_retry(error_of(ErrorKind::network, 0), 3, milliseconds{0})
                ->count());
    }
    EXPECT_GT(delays.size(), 10u);
}

TEST(RetryPolicy, BoundedByAttemptsAndTotalWait) {
    RetryOptions options;
    options.max_attempts = 3;
    options.max_total_wait = milliseconds{5000};
    RetryPolicy policy(options, 7);
    const auto server = error_of(ErrorKind::server, 500);
    EXPECT_TRUE(policy.delay_before_retry(server, 2, milliseconds{0}).has_value());
    EXPECT_FALSE(policy.delay_before_retry(server, 3, milliseconds{0}).has_value());

    const auto long_wait = error_of(ErrorKind::rate_limited, 429, milliseconds{4000});
    EXPECT_TRUE(policy.delay_before_retry(long_wait, 1, milliseconds{1000}).has_value());
    EXPECT_FALSE(policy.delay_before_retry(long_wait, 1, milliseconds{1001}).has_value());
}

}  // namespace
}  // namespace kisi::client
