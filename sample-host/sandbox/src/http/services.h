// The parts every request may touch, owned by the Sandbox.
#pragma once

#include "auth/identity.h"
#include "core/clock.h"
#include "faults/fault_injector.h"
#include "limits/rate_limiter.h"
#include "log/request_log.h"
#include "store/state.h"

namespace kisi::sandbox {

struct Services {
    State& state;
    SandboxClock& clock;
    FaultInjector& faults;
    RateLimiter& rate_limiter;
    RequestLog& request_log;
};

// What a route handler gets besides the request.
struct HandlerContext {
    Services& services;
    Identity identity;

    TimeMs now() const { return services.clock.now_ms(); }
    bool is_admin() const { return identity.kind == Identity::Kind::admin; }
};

}  // namespace kisi::sandbox
