#include "core/api_error.h"

#include <algorithm>

namespace kisi::sandbox {
namespace {

ApiError make(int status, std::string code, std::string message) {
    ApiError error;
    error.status = status;
    error.code = std::move(code);
    error.message = std::move(message);
    return error;
}

}  // namespace

// The unknown-route body is the one observed from the live API; the other 000xxx codes are the
// sandbox's own stable choices (Kisi does not document codes for these statuses).
ApiError ApiError::unknown_route() {
    return make(404, "000404", "The endpoint does not exist, please check your request.");
}

ApiError ApiError::not_found(const std::string& resource) {
    return make(404, "000404", resource + " not found.");
}

ApiError ApiError::bad_request(const std::string& message) {
    return make(400, "000400", message);
}

ApiError ApiError::missing_credentials() {
    return make(401, "000401",
                "Authentication required: send the header 'Authorization: KISI-LOGIN <secret>'.");
}

ApiError ApiError::invalid_credentials() {
    return make(401, "000401", "The login is invalid or has been removed.");
}

ApiError ApiError::forbidden(const std::string& message) {
    return make(403, "000403", message);
}

ApiError ApiError::rate_limited(int retry_after_seconds) {
    ApiError error =
        make(429, "000429", "Rate limit exceeded: at most 5 requests per second per user.");
    error.retry_after_seconds = retry_after_seconds;
    return error;
}

ApiError ApiError::validation(FieldErrors errors) {
    ApiError error = make(422, "000422", "Validation failed.");
    error.field_errors = std::move(errors);
    return error;
}

ApiError ApiError::validation(const std::string& field, const std::string& message) {
    return validation(FieldErrors{{field, {message}}});
}

ApiError ApiError::injected(int status) {
    std::string code = std::to_string(status);
    code.insert(0, 6 - std::min<std::size_t>(6, code.size()), '0');
    ApiError error = make(status, code, "Injected fault: HTTP " + std::to_string(status) + ".");
    if (status == 422) error.field_errors = {{"base", {"Injected fault."}}};
    return error;
}

ApiError ApiError::access_denied() {
    return make(403, "fcd8ef", "Access denied.");
}

ApiError ApiError::access_disabled() {
    return make(403, "fcd8ff", "Access has been disabled for this user.");
}

ApiError ApiError::access_not_yet_valid() {
    return make(403, "f358de", "Your access is not valid yet.");
}

ApiError ApiError::access_no_longer_valid() {
    return make(403, "f35ade", "Your access is no longer valid.");
}

ApiError ApiError::app_access_excluded() {
    return make(403, "f01337", "The rights of your group do not include unlocking with the app.");
}

}  // namespace kisi::sandbox
