// Errors as Kisi reports them: {"code","error"} bodies, or {"errors":{field:[...]}} for 422.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace kisi::sandbox {

using FieldErrors = std::map<std::string, std::vector<std::string>>;

struct ApiError {
    int status = 500;
    std::string code;                        // Kisi's 6-character error identifier
    std::string message;                     // human-readable, never contains a secret
    FieldErrors field_errors;                // non-empty only for 422 validation errors
    std::optional<int> retry_after_seconds;  // sent as Retry-After (429)

    static ApiError unknown_route();
    static ApiError not_found(const std::string& resource);
    static ApiError bad_request(const std::string& message);
    static ApiError missing_credentials();
    static ApiError invalid_credentials();
    static ApiError forbidden(const std::string& message);
    static ApiError rate_limited(int retry_after_seconds);
    static ApiError validation(FieldErrors errors);
    static ApiError validation(const std::string& field, const std::string& message);
    static ApiError injected(int status);

    // Unlock refusals, with the codes of Kisi's error table.
    static ApiError access_denied();
    static ApiError access_disabled();
    static ApiError access_not_yet_valid();
    static ApiError access_no_longer_valid();
    static ApiError app_access_excluded();
};

// A value or the Kisi error that replaces it.
template <class T>
class Result {
  public:
    Result(T value) : state_(std::move(value)) {}
    Result(ApiError error) : state_(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(state_); }
    const T& value() const& { return std::get<T>(state_); }
    T& value() & { return std::get<T>(state_); }
    T&& value() && { return std::get<T>(std::move(state_)); }
    const ApiError& error() const { return std::get<ApiError>(state_); }

  private:
    std::variant<T, ApiError> state_;
};

// For operations that produce no value.
struct Done {};

}  // namespace kisi::sandbox
