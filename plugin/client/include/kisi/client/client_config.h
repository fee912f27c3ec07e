#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "kisi/client/base_url.h"
#include "kisi/client/clock.h"
#include "kisi/client/http.h"
#include "kisi/client/rate_limiter.h"
#include "kisi/client/retry_policy.h"

namespace kisi::client {

// Kisi asks integrations to name themselves in X-Kisi-Integration-Identifier and
// X-Kisi-Integration-Contact (the contact header is sent only when set).
struct IntegrationIdentity {
    std::string name = "kisi-childcare-plugin";
    std::string contact;
};

struct ClientConfig {
    std::string base_url{kDefaultBaseUrl};
    std::string api_key;  // an organization administrator's key, or a managed user's login secret
    std::chrono::milliseconds connect_timeout{10'000};
    std::chrono::milliseconds read_timeout{30'000};
    RateLimit rate_limit;
    RetryOptions retry;
    IntegrationIdentity identity;
};

// Replacements for tests; every member left empty gets the real thing (Poco transport,
// system clock, process-wide rate limiters, random jitter).
struct ClientDependencies {
    std::shared_ptr<HttpTransport> transport;
    std::shared_ptr<Clock> clock;
    std::shared_ptr<RateLimiterRegistry> rate_limiters;
    std::optional<std::uint64_t> jitter_seed;
};

// This client's version, as sent in User-Agent.
std::string_view client_version();

}  // namespace kisi::client
