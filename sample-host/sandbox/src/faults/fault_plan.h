// The faults a test can inject into the sandbox's Kisi endpoints (see README.md for the JSON).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace kisi::sandbox {

// Which requests a fault applies to: all, or those with this method and/or path prefix.
struct FaultMatch {
    std::string method;       // empty: any
    std::string path_prefix;  // empty: any

    bool covers(const std::string& request_method, const std::string& request_path) const {
        return (method.empty() || method == request_method) &&
               request_path.compare(0, path_prefix.size(), path_prefix) == 0;
    }
};

// How many requests a fault hits: the next `remaining` ones, or each with probability `share`.
struct FaultReach {
    std::optional<std::int64_t> remaining;
    double share = 1.0;
};

struct LatencyFault {
    std::int64_t ms = 0;
    double share = 1.0;
    FaultMatch match;
};

struct StatusFault {
    int code = 500;
    FaultReach reach;
    FaultMatch match;
};

struct DropFault {
    FaultReach reach;
    FaultMatch match;
};

// 429 for the next `remaining` requests or until `until_ms` (monotonic clock).
struct RateLimitStormFault {
    std::optional<std::int64_t> remaining;
    std::optional<std::int64_t> until_ms;
    int retry_after_seconds = 1;  // 0: no Retry-After header
    FaultMatch match;
};

// Kisi unreachable until cleared: every request answered with `code`, or dropped.
struct OutageFault {
    bool drop = false;
    int code = 503;
    FaultMatch match;
};

struct FaultPlan {
    std::optional<LatencyFault> latency;
    std::optional<StatusFault> status;
    std::optional<DropFault> drop;
    std::optional<RateLimitStormFault> rate_limit_storm;
    std::optional<OutageFault> outage;
};

// A change to the plan: per kind, absent leaves it, null clears it, a value replaces it.
struct FaultUpdate {
    std::optional<std::optional<LatencyFault>> latency;
    std::optional<std::optional<StatusFault>> status;
    std::optional<std::optional<DropFault>> drop;
    std::optional<std::optional<RateLimitStormFault>> rate_limit_storm;
    std::optional<std::optional<OutageFault>> outage;
    std::optional<std::uint32_t> random_seed;
};

}  // namespace kisi::sandbox
