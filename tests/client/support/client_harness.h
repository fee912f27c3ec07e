#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <optional>

#include "fake_clock.h"
#include "kisi/client/kisi_client.h"
#include "scripted_transport.h"

namespace kisi::client::testing {

inline constexpr const char* kTestKey = "sk-test-6b1f0c9e2d7a4f38";

inline ClientConfig test_config() {
    ClientConfig config;
    config.base_url = "https://api.kisi.io";
    config.api_key = kTestKey;
    config.rate_limit.requests_per_second = 0;  // rate limiting has its own tests
    return config;
}

// A KisiClient over a scripted transport, a fake clock and its own rate-limiter registry.
struct ClientHarness {
    explicit ClientHarness(ClientConfig config = test_config(), std::uint64_t seed = 42) {
        ClientDependencies deps;
        deps.transport = transport;
        deps.clock = clock;
        deps.rate_limiters = limiters;
        deps.jitter_seed = seed;
        auto connected = KisiClient::connect(config, deps);
        if (!connected) {
            ADD_FAILURE() << connected.error().message;
            return;
        }
        client.emplace(std::move(connected).value());
    }

    KisiClient& operator*() { return *client; }
    KisiClient* operator->() { return &*client; }

    std::shared_ptr<FakeClock> clock = std::make_shared<FakeClock>();
    std::shared_ptr<ScriptedTransport> transport = std::make_shared<ScriptedTransport>(clock);
    std::shared_ptr<RateLimiterRegistry> limiters = std::make_shared<RateLimiterRegistry>();
    std::optional<KisiClient> client;
};

// "[a,b,c]" from JSON objects.
template <class... Items>
std::string json_array(const Items&... items) {
    std::string out = "[";
    ((out += (out.size() > 1 ? "," : "") + std::string(items)), ...);
    return out + "]";
}

}  // namespace kisi::client::testing
