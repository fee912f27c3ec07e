// GET|DELETE /_sandbox/requests: the log of Kisi requests (oldest first), or clear it.
#include "control/control_routes.h"

namespace kisi::sandbox {
namespace {

ApiResponse show_requests(HandlerContext& context, const ApiRequest&) {
    return ApiResponse::json(200, context.services.request_log.to_json());
}

ApiResponse clear_requests(HandlerContext& context, const ApiRequest&) {
    context.services.request_log.clear();
    return ApiResponse::no_content();
}

}  // namespace

void add_request_log_control_routes(Router& router) {
    router.add("GET", "/_sandbox/requests", Access::anyone, show_requests);
    router.add("DELETE", "/_sandbox/requests", Access::anyone, clear_requests);
}

}  // namespace kisi::sandbox
