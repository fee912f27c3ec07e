// GET|POST|DELETE /_sandbox/faults: inspect, add to, or clear the injected faults.
#include "control/control_routes.h"
#include "http/body_reader.h"

namespace kisi::sandbox {
namespace {

ApiResponse show_faults(HandlerContext& context, const ApiRequest&) {
    return ApiResponse::json(200, context.services.faults.describe());
}

ApiResponse post_faults(HandlerContext& context, const ApiRequest& request) {
    const auto body = body_object(request);
    if (!body.ok()) return ApiResponse::error(body.error());
    const auto applied = context.services.faults.configure(*body.value());
    if (!applied.ok()) return ApiResponse::error(applied.error());
    return show_faults(context, request);
}

ApiResponse clear_faults(HandlerContext& context, const ApiRequest&) {
    context.services.faults.clear();
    return ApiResponse::no_content();
}

}  // namespace

void add_fault_control_routes(Router& router) {
    router.add("GET", "/_sandbox/faults", Access::anyone, show_faults);
    router.add("POST", "/_sandbox/faults", Access::anyone, post_faults);
    router.add("DELETE", "/_sandbox/faults", Access::anyone, clear_faults);
}

}  // namespace kisi::sandbox
