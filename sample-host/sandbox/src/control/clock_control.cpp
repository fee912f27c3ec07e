// GET|PUT /_sandbox/clock: {"now": "<ISO-8601>"}. PUT with "now": null returns to real time.
// When the sandbox follows the host's clock, PUT answers 409.
#include "control/control_routes.h"
#include "http/body_reader.h"
#include "json/json_util.h"

namespace kisi::sandbox {
namespace {

ApiResponse clock_state(const SandboxClock& clock) {
    auto out = json::object();
    out->set("now", json::timestamp(clock.now_ms()));
    out->set("source", clock.mode());
    return ApiResponse::json(200, out);
}

ApiResponse show_clock(HandlerContext& context, const ApiRequest&) {
    return clock_state(context.services.clock);
}

ApiResponse put_clock(HandlerContext& context, const ApiRequest& request) {
    SandboxClock& clock = context.services.clock;
    if (clock.follows_source()) {
        ApiError conflict;
        conflict.status = 409;
        conflict.code = "000409";
        conflict.message =
            "This sandbox follows the host's clock; set the host's clock instead (PUT /qa/clock).";
        return ApiResponse::error(conflict);
    }
    const auto body = body_object(request);
    if (!body.ok()) return ApiResponse::error(body.error());
    BodyReader in(body.value());
    const auto now = in.date_time("now");
    if (!now.present) in.fail("now", "is required (an ISO-8601 date-time, or null for real time)");
    if (!in.ok()) return ApiResponse::error(ApiError::validation(in.errors()));
    clock.set(now.value);
    return clock_state(clock);
}

}  // namespace

void add_clock_control_routes(Router& router) {
    router.add("GET", "/_sandbox/clock", Access::anyone, show_clock);
    router.add("PUT", "/_sandbox/clock", Access::anyone, put_clock);
}

}  // namespace kisi::sandbox
