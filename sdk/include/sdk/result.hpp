// result.hpp: errors as values for plugin code, and the one exception type the SDK maps
// to a status code.
#pragma once

#include <host_api/host_plugin.h>

#include <stdexcept>
#include <string>
#include <utility>

namespace sdk {

// Throw it from a plugin method to answer `status` with `message`: the SDK's trampolines turn
// it into that status (any other exception becomes HP_E_EXCEPTION).
class Error : public std::runtime_error {
  public:
    Error(hp_status status, const std::string& message)
        : std::runtime_error(message), status_(status) {}
    hp_status status() const { return status_; }

  private:
    hp_status status_;
};

// The outcome of an operation without a value.
class Status {
  public:
    Status() = default;  // HP_OK
    Status(hp_status code, std::string message) : code_(code), message_(std::move(message)) {}

    bool ok() const { return code_ == HP_OK; }
    explicit operator bool() const { return ok(); }
    hp_status code() const { return code_; }
    const std::string& message() const { return message_; }
    // Throws sdk::Error when not ok.
    void throw_if_failed() const {
        if (!ok()) throw Error(code_, message_);
    }

  private:
    hp_status code_ = HP_OK;
    std::string message_;
};

// A value or the status that explains why there is none.
template <class T>
class Result {
  public:
    Result(T value) : value_(std::move(value)) {}
    Result(Status failure) : status_(std::move(failure)) {}

    bool ok() const { return status_.ok(); }
    explicit operator bool() const { return ok(); }
    const Status& status() const { return status_; }
    hp_status code() const { return status_.code(); }
    const std::string& message() const { return status_.message(); }

    // The value; throws sdk::Error when there is none.
    const T& value() const& {
        status_.throw_if_failed();
        return value_;
    }
    T&& value() && {
        status_.throw_if_failed();
        return std::move(value_);
    }
    T value_or(T fallback) const { return ok() ? value_ : std::move(fallback); }

  private:
    Status status_;
    T value_{};
};

}  // namespace sdk
