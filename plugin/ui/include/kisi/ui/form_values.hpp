#pragma once

#include <sdk/json.hpp>
#include <sdk/reply.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace kisi::ui {

// Validation messages per form field, collected so that an admin sees every problem at once.
class FieldErrors {
  public:
    void add(const std::string& key, std::string message) {
        errors_.emplace(key, std::move(message));
    }
    bool empty() const { return errors_.empty(); }
    // An invalid-input (422) answer carrying every field message.
    sdk::ActionResult to_result(const std::string& message) const;

  private:
    std::map<std::string, std::string> errors_;
};

// A text value, trimmed; nullopt when absent, null or blank. Numbers are given as text.
std::optional<std::string> text_value(const sdk::json::Object& values, const std::string& key);

// A Kisi or host id: nullopt when absent or blank; a field error when not a positive integer.
std::optional<std::int64_t> id_value(const sdk::json::Object& values, const std::string& key,
                                     FieldErrors& errors);

// An integer in [min, max]: nullopt when absent or blank; a field error otherwise.
std::optional<int> int_value(const sdk::json::Object& values, const std::string& key, int min,
                             int max, FieldErrors& errors);

// The row an action was run on, as an id; nullopt when absent or not a positive integer.
std::optional<std::int64_t> row_id(const std::optional<std::string>& row);

}  // namespace kisi::ui
