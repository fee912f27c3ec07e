#include "kisi/ui/form_values.hpp"

#include <Poco/String.h>

#include <charconv>
#include <cmath>

namespace kisi::ui {

namespace {

// Parses a whole decimal integer; nullopt for anything else ("12a", "1.5", "").
std::optional<std::int64_t> parse_integer(const std::string& text) {
    std::int64_t value = 0;
    const char* end = text.data() + text.size();
    auto [ptr, error] = std::from_chars(text.data(), end, value);
    if (error != std::errc() || ptr != end) return std::nullopt;
    return value;
}

// The value as an integer, or nullopt when it is not one (a fraction, a word, a boolean).
std::optional<std::int64_t> integer_of(const sdk::json::Value& value) {
    if (value.isString()) return parse_integer(Poco::trim(value.extract<std::string>()));
    if (value.isBoolean()) return std::nullopt;
    if (value.isInteger()) return value.convert<std::int64_t>();
    if (value.isNumeric()) {
        double number = value.convert<double>();
        if (std::trunc(number) == number && std::abs(number) < 9e15)
            return static_cast<std::int64_t>(number);
    }
    return std::nullopt;
}

// True when the field carries something other than nothing (absent, null, blank text).
bool has_value(const sdk::json::Object& values, const std::string& key) {
    if (!values || !values->has(key)) return false;
    sdk::json::Value value = values->get(key);
    if (value.isEmpty()) return false;
    if (value.isString()) return !Poco::trim(value.extract<std::string>()).empty();
    return true;
}

}  // namespace

sdk::ActionResult FieldErrors::to_result(const std::string& message) const {
    sdk::ActionResult result = sdk::ActionResult::invalid(message);
    for (const auto& [key, text] : errors_) result.field_error(key, text);
    return result;
}

std::optional<std::string> text_value(const sdk::json::Object& values, const std::string& key) {
    if (!has_value(values, key)) return std::nullopt;
    sdk::json::Value value = values->get(key);
    if (value.isString()) return Poco::trim(value.extract<std::string>());
    return value.convert<std::string>();
}

std::optional<std::int64_t> id_value(const sdk::json::Object& values, const std::string& key,
                                     FieldErrors& errors) {
    if (!has_value(values, key)) return std::nullopt;
    auto id = integer_of(values->get(key));
    if (!id || *id <= 0) {
        errors.add(key, "Enter a numeric id (a whole number above 0).");
        return std::nullopt;
    }
    return id;
}

std::optional<int> int_value(const sdk::json::Object& values, const std::string& key, int min,
                             int max, FieldErrors& errors) {
    if (!has_value(values, key)) return std::nullopt;
    auto number = integer_of(values->get(key));
    if (!number || *number < min || *number > max) {
        errors.add(key, "Enter a whole number from " + std::to_string(min) + " to " +
                            std::to_string(max) + ".");
        return std::nullopt;
    }
    return static_cast<int>(*number);
}

std::optional<std::int64_t> row_id(const std::optional<std::string>& row) {
    if (!row) return std::nullopt;
    auto id = parse_integer(Poco::trim(*row));
    if (!id || *id <= 0) return std::nullopt;
    return id;
}

}  // namespace kisi::ui
