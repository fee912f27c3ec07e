#pragma once

#include <Poco/Nullable.h>

#include <optional>

// Poco Data binds and extracts SQL NULL through Poco::Nullable; the store's records use
// std::optional.
namespace kisi::store::detail {

template <class T>
Poco::Nullable<T> to_nullable(const std::optional<T>& value) {
    return value ? Poco::Nullable<T>(*value) : Poco::Nullable<T>();
}

template <class T>
std::optional<T> to_optional(const Poco::Nullable<T>& value) {
    return value.isNull() ? std::nullopt : std::optional<T>(value.value());
}

}  // namespace kisi::store::detail
