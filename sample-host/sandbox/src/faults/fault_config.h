// The JSON of POST /_sandbox/faults and GET /_sandbox/faults.
#pragma once

#include "core/api_error.h"
#include "faults/fault_plan.h"

#include <Poco/JSON/Object.h>

#include <cstdint>

namespace kisi::sandbox {

// `now_ms` is the monotonic time, to turn a storm's duration_ms into an end time.
Result<FaultUpdate> parse_fault_update(const Poco::JSON::Object& json, std::int64_t now_ms);

Poco::JSON::Object::Ptr describe_fault_plan(const FaultPlan& plan, std::int64_t now_ms);

}  // namespace kisi::sandbox
