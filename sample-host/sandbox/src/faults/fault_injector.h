// Decides, per Kisi request, which injected fault (if any) replaces the normal answer.
#pragma once

#include "core/api_error.h"
#include "faults/fault_plan.h"

#include <Poco/JSON/Object.h>

#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <random>
#include <string>

namespace kisi::sandbox {

class FaultInjector {
  public:
    using MonotonicMs = std::function<std::int64_t()>;
    explicit FaultInjector(MonotonicMs now);

    struct Verdict {
        std::int64_t latency_ms = 0;  // added before answering (or dropping)
        bool drop = false;            // close the connection without an answer
        std::optional<ApiError> answer;
        std::string fault;  // what was injected ("latency,status"), for the request log
    };

    // Outage first, then dropped connections, a 429 storm, an error status; latency adds to
    // whichever answer follows. Counted faults are used up by the requests they hit.
    Verdict decide(const std::string& method, const std::string& path);

    // Parses and applies the JSON of POST /_sandbox/faults; a 422 leaves the plan unchanged.
    Result<Done> configure(const Poco::JSON::Object& json);
    void clear();
    // The faults still in effect (spent counts and ended storms are gone).
    Poco::JSON::Object::Ptr describe();

  private:
    Verdict choose(const std::string& method, const std::string& path);
    bool roll(double share);
    bool hits(FaultReach& reach);
    void forget_spent_faults();

    MonotonicMs now_;
    mutable std::mutex mutex_;
    FaultPlan plan_;
    std::mt19937 random_{std::random_device{}()};
};

}  // namespace kisi::sandbox
