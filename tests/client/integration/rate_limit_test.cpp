#include <gtest/gtest.h>

#include <cstdlib>

#include "kisi_sandbox/sandbox.h"
#include "support/demo_data.h"

namespace kisi::client::integration {
namespace {

// The client's limiter keeps steady work under Kisi's 5 requests/s, so a sandbox enforcing that
// limit never answers 429. Retries are off, so a single 429 would fail a call.
TEST(IntegrationRateLimit, SteadyWorkAtKisisLimitDrawsNo429) {
    if (std::getenv("KISI_BASE_URL") != nullptr) {
        GTEST_SKIP() << "needs a sandbox of its own with the rate limit on";
    }
    sandbox::Options options;
    options.api_key = "rate-limit-admin-key";
    options.rate_limit = 5;
    sandbox::Sandbox sandbox(options);
    ASSERT_TRUE(sandbox.start().ok);

    ClientConfig config;
    config.base_url = sandbox.base_url();
    config.api_key = sandbox.api_key();
    config.rate_limit = RateLimit{5.0, 1.0};
    config.retry.max_attempts = 1;
    ClientDependencies deps;
    deps.rate_limiters = std::make_shared<RateLimiterRegistry>();
    auto kisi = expect_ok(KisiClient::connect(config, deps));
    for (int i = 0; i < 12; ++i) expect_ok(kisi.fetch_current_user());
}

}  // namespace
}  // namespace kisi::client::integration
