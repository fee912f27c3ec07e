// Errors as values at the data layer's boundary: a kind the web layer maps to an HTTP status
// and a message an administrator can act on.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace host::data {

enum class ErrorKind {
    invalid_argument,  // the input fails validation (422)
    not_found,         // the addressed entity does not exist (404)
    conflict,          // the request conflicts with existing state (409)
    internal           // storage or programming failure (500)
};

struct Error {
    ErrorKind kind;
    std::string message;
};

inline Error invalid(std::string message) {
    return {ErrorKind::invalid_argument, std::move(message)};
}
inline Error not_found(std::string message) {
    return {ErrorKind::not_found, std::move(message)};
}

template <class T>
class Result {
  public:
    Result(T value) : state_(std::move(value)) {}
    Result(Error error) : state_(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(state_); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<T>(state_); }
    T& value() & { return std::get<T>(state_); }
    T&& value() && { return std::get<T>(std::move(state_)); }
    const Error& error() const { return std::get<Error>(state_); }

  private:
    std::variant<T, Error> state_;
};

// For operations that produce nothing but may fail.
struct Done {};
using Status = Result<Done>;

}  // namespace host::data
