// json.hpp: small helpers over Poco::JSON for reading requests and writing answers.
//
// Readers of host input throw sdk::Error(HP_E_INVALID_ARGUMENT, ...) on malformed input, so
// a plugin method may simply let them propagate: the caller gets a 422-style answer naming
// the problem.
#pragma once

#include <Poco/Dynamic/Var.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sdk::json {

using Object = Poco::JSON::Object::Ptr;
using Array = Poco::JSON::Array::Ptr;
using Value = Poco::Dynamic::Var;

Object object();  // a new empty object
Array array();    // a new empty array

// Parse JSON text; throw sdk::Error(HP_E_INVALID_ARGUMENT) naming `what` on failure.
Value parse(std::string_view text, std::string_view what = "JSON document");
Object parse_object(std::string_view text, std::string_view what = "JSON object");
Array parse_array(std::string_view text, std::string_view what = "JSON array");

// A deep copy (Poco's copies share nested objects and arrays).
Object clone(const Object& object);
Array clone(const Array& array);

// Compact JSON text.
std::string stringify(const Object& object);
std::string stringify(const Array& array);
std::string stringify(const Value& value);

// Optional members: nullopt when absent or null; sdk::Error(HP_E_INVALID_ARGUMENT) when present
// with the wrong type. Integers given as decimal strings are accepted ("42").
std::optional<std::string> get_string(const Object& object, const std::string& key);
std::optional<std::int64_t> get_int(const Object& object, const std::string& key);
std::optional<double> get_number(const Object& object, const std::string& key);
std::optional<bool> get_bool(const Object& object, const std::string& key);
Object get_object(const Object& object, const std::string& key);  // null when absent
Array get_array(const Object& object, const std::string& key);    // null when absent

// Required members: sdk::Error(HP_E_INVALID_ARGUMENT) "missing field 'key'" when absent.
std::string require_string(const Object& object, const std::string& key);
std::int64_t require_int(const Object& object, const std::string& key);

}  // namespace sdk::json
