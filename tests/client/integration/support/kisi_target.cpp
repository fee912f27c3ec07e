#include "kisi_target.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <memory>
#include <random>

#include "kisi/client/poco_transport.h"
#include "kisi_sandbox/sandbox.h"
#include "prism_verdict.h"

namespace kisi::client::integration {
namespace {

std::string environment(const char* name) {
    const char* value = std::getenv(name);
    return value == nullptr ? "" : value;
}

KisiTarget& target_storage() {
    static KisiTarget target;
    return target;
}

// Starts an in-process sandbox for the whole run unless an external target is configured.
class TargetEnvironment final : public ::testing::Environment {
  public:
    void SetUp() override {
        KisiTarget& target = target_storage();
        const std::string rate = environment("KISI_CLIENT_RATE");
        target.client_rate = rate.empty() ? 0.0 : std::stod(rate);
        target.base_url = environment("KISI_BASE_URL");
        target.api_key = environment("KISI_API_KEY");
        if (!target.base_url.empty()) {
            ASSERT_FALSE(target.api_key.empty()) << "KISI_BASE_URL is set but KISI_API_KEY is not";
            return;
        }
        sandbox::Options options;
        options.port = 0;
        options.api_key = "integration-admin-key-" + std::to_string(std::random_device{}());
        options.seed = sandbox::Seed::demo;
        options.rate_limit = 0;
        sandbox_ = std::make_unique<sandbox::Sandbox>(options);
        const auto started = sandbox_->start();
        ASSERT_TRUE(started.ok) << started.message;
        target.base_url = sandbox_->base_url();
        target.api_key = sandbox_->api_key();
    }
    void TearDown() override {
        if (sandbox_) sandbox_->stop();
        sandbox_.reset();
    }

  private:
    std::unique_ptr<sandbox::Sandbox> sandbox_;
};

[[maybe_unused]] const auto* const registered =
    ::testing::AddGlobalTestEnvironment(new TargetEnvironment);

}  // namespace

const KisiTarget& kisi_target() {
    return target_storage();
}

KisiClient connect(const std::string& api_key) {
    ClientConfig config;
    config.base_url = kisi_target().base_url;
    config.api_key = api_key;
    config.rate_limit.requests_per_second = kisi_target().client_rate;
    config.identity.name = "kisi-childcare-plugin integration tests";

    ClientDependencies deps;
    const std::string report = environment("KISI_PRISM_REPORT");
    if (!report.empty()) {
        auto base_url = BaseUrl::parse(config.base_url);
        if (!base_url) throw std::runtime_error(base_url.error().message);
        const std::string known = environment("KISI_PRISM_KNOWN_DEVIATIONS");
        deps.transport = std::make_shared<PrismVerdictTransport>(
            std::make_shared<PocoTransport>(base_url.value(), TransportOptions{}),
            known.empty() ? std::vector<KnownDeviation>{} : load_known_deviations(known), report);
    }
    auto client = KisiClient::connect(config, deps);
    if (!client) throw std::runtime_error(client.error().message);
    return std::move(client).value();
}

std::string unique_email(const std::string& tag) {
    static const std::string run = std::to_string(std::random_device{}());
    static std::atomic<int> counter{0};
    return tag + "-" + run + "-" + std::to_string(++counter) + "@integration.example";
}

}  // namespace kisi::client::integration
