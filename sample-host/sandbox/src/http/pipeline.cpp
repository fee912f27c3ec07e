#include "http/pipeline.h"

#include "auth/authenticator.h"

#include <chrono>
#include <thread>

namespace kisi::sandbox {
namespace {

ApiResponse run_handler(const Route& route, HandlerContext& context, const ApiRequest& request) {
    try {
        return route.handler(context, request);
    } catch (const std::exception& error) {
        ApiError failure;
        failure.status = 500;
        failure.code = "000500";
        failure.message = std::string("Internal sandbox error: ") + error.what();
        return ApiResponse::error(failure);
    }
}

}  // namespace

Pipeline::Pipeline(Services& services, const Router& kisi_routes, const Router& control_routes)
    : services_(services), kisi_routes_(kisi_routes), control_routes_(control_routes) {}

ApiResponse Pipeline::handle(ApiRequest& request) {
    if (request.path.rfind(control_prefix, 0) == 0) return handle_control(request);
    return handle_kisi(request);
}

ApiResponse Pipeline::handle_control(ApiRequest& request) {
    if (!request.peer_is_loopback) {
        return ApiResponse::error(
            ApiError::forbidden("The sandbox's control endpoints answer loopback clients only."));
    }
    const auto match = control_routes_.match(request.method, request.path);
    if (!match) return ApiResponse::error(ApiError::unknown_route());
    request.id = match->id;
    HandlerContext context{services_, Identity{}};
    return run_handler(*match->route, context, request);
}

ApiResponse Pipeline::handle_kisi(ApiRequest& request) {
    const auto started = std::chrono::steady_clock::now();
    LoggedRequest entry;
    entry.at = services_.clock.now_ms();
    entry.method = request.method;
    entry.path = request.path;
    entry.query = request.query;
    entry.integration_identifier = request.integration_identifier;
    entry.integration_contact = request.integration_contact;
    // Identified before faults apply, so that the log names the caller of a faulted request.
    const Identity identity =
        authenticate(services_.state, request.authorization, services_.clock.now_ms());
    entry.auth = identity.label();
    if (identity.authenticated()) {
        entry.user_id = identity.user_id;
        entry.login_id = identity.login_id;
    }

    const FaultInjector::Verdict fault = services_.faults.decide(request.method, request.path);
    entry.fault = fault.fault;
    if (fault.latency_ms > 0) {
        std::this_thread::sleep_for(std::chrono::milliseconds(fault.latency_ms));
    }
    ApiResponse response = fault.drop     ? ApiResponse::dropped()
                           : fault.answer ? ApiResponse::error(*fault.answer)
                                          : answer_kisi(request, identity);

    entry.status = response.status;
    entry.duration_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                            std::chrono::steady_clock::now() - started)
                            .count();
    services_.request_log.add(std::move(entry));
    return response;
}

ApiResponse Pipeline::answer_kisi(ApiRequest& request, const Identity& identity) {
    // Kisi limits per user (all of a user's logins share it), and per address without a login.
    const std::string client = identity.authenticated() ? "user:" + std::to_string(identity.user_id)
                                                        : "address:" + request.peer_address;
    const RateLimiter::Decision allowance = services_.rate_limiter.acquire(client);
    if (!allowance.allowed) {
        return ApiResponse::error(ApiError::rate_limited(allowance.retry_after_seconds));
    }

    const auto match = kisi_routes_.match(request.method, request.path);
    if (!match) return ApiResponse::error(ApiError::unknown_route());
    if (identity.kind == Identity::Kind::anonymous) {
        return ApiResponse::error(ApiError::missing_credentials());
    }
    if (identity.kind == Identity::Kind::invalid) {
        return ApiResponse::error(ApiError::invalid_credentials());
    }
    if (match->route->access == Access::admin_login && identity.kind != Identity::Kind::admin) {
        return ApiResponse::error(ApiError::forbidden(
            "This login's user is not allowed to do that; it needs an organization "
            "administrator."));
    }
    request.id = match->id;
    HandlerContext context{services_, identity};
    return run_handler(*match->route, context, request);
}

}  // namespace kisi::sandbox
