#pragma once

#include <cstdio>
#include <exception>
#include <utility>
#include <variant>

#include "kisi/client/error.h"

namespace kisi::client {

// A value or an Error; the client's public calls never throw, they return one of these.
// Reading value() of a failed result (or error() of a successful one) is a programming error
// and terminates.
template <class T>
class [[nodiscard]] Result {
  public:
    Result(T value) : data_(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : data_(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return data_.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return *checked<0>(); }
    const T& value() const& { return *checked<0>(); }
    T&& value() && { return std::move(*checked<0>()); }
    const Error& error() const { return *checked<1>(); }

    T* operator->() { return checked<0>(); }
    const T* operator->() const { return checked<0>(); }

  private:
    template <std::size_t I>
    auto* checked() const {
        auto* p = std::get_if<I>(&data_);
        if (p == nullptr) {
            std::fputs(I == 0 ? "kisi::client::Result: value() of a failed result\n"
                              : "kisi::client::Result: error() of a successful result\n",
                       stderr);
            std::terminate();
        }
        return const_cast<std::variant_alternative_t<I, std::variant<T, Error>>*>(p);
    }

    std::variant<T, Error> data_;
};

template <>
class [[nodiscard]] Result<void> {
  public:
    Result() = default;
    Result(Error error) : error_(std::move(error)) {}

    bool ok() const { return !error_.has_value(); }
    explicit operator bool() const { return ok(); }

    const Error& error() const {
        if (!error_) {
            std::fputs("kisi::client::Result: error() of a successful result\n", stderr);
            std::terminate();
        }
        return *error_;
    }

  private:
    std::optional<Error> error_;
};

using Status = Result<void>;

}  // namespace kisi::client
