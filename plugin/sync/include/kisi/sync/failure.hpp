#pragma once

#include <kisi/client/error.h>

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace kisi::sync {

// What the engine does about a failed Kisi request.
enum class FailureClass {
    transient,     // 429, 5xx, network: try the item again later
    rejected,      // Kisi refused this item (422, 404, ...): mark it failed with Kisi's message
    unauthorized,  // 401/403: the key is wrong or lost its rights; repeated -> quarantine
};

struct Failure {
    FailureClass kind = FailureClass::rejected;
    std::string message;  // Kisi's reason, for the admin; never contains the key
};

Failure classify(const client::Error& error);

// A value, or the failure that prevented it.
template <class T>
class Outcome {
  public:
    Outcome(T value) : data_(std::in_place_index<0>, std::move(value)) {}
    Outcome(Failure failure) : data_(std::in_place_index<1>, std::move(failure)) {}

    bool ok() const { return data_.index() == 0; }
    T& value() { return std::get<0>(data_); }
    const T& value() const { return std::get<0>(data_); }
    const Failure& failure() const { return std::get<1>(data_); }

  private:
    std::variant<T, Failure> data_;
};

// Success, or the failure of an action without a value.
using Done = std::optional<Failure>;

// Kisi's message with the per-field details it sent, e.g. "email: has already been taken".
std::string describe(const client::Error& error);

}  // namespace kisi::sync
