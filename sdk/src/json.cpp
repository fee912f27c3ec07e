#include <sdk/json.hpp>
#include <sdk/result.hpp>

#include <Poco/Exception.h>
#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>
#include <Poco/NumberParser.h>

#include <sstream>

namespace sdk::json {
namespace {

Error invalid(const std::string& message) {
    return Error(HP_E_INVALID_ARGUMENT, message);
}

// The member's value, or an empty Var when absent or null.
Value member(const Object& object, const std::string& key) {
    if (object.isNull() || !object->has(key) || object->isNull(key)) return {};
    return object->get(key);
}

Error wrong_type(const std::string& key, const char* expected) {
    return invalid("field '" + key + "' must be " + expected);
}

}  // namespace

Object object() {
    return new Poco::JSON::Object();
}
Array array() {
    return new Poco::JSON::Array();
}

Value parse(std::string_view text, std::string_view what) {
    try {
        Poco::JSON::Parser parser;
        return parser.parse(std::string(text));
    } catch (const Poco::Exception& e) {
        throw invalid("malformed " + std::string(what) + ": " + e.message());
    }
}

Object parse_object(std::string_view text, std::string_view what) {
    Value value = parse(text, what);
    if (value.type() != typeid(Object)) throw invalid(std::string(what) + " must be a JSON object");
    return value.extract<Object>();
}

Array parse_array(std::string_view text, std::string_view what) {
    Value value = parse(text, what);
    if (value.type() != typeid(Array)) throw invalid(std::string(what) + " must be a JSON array");
    return value.extract<Array>();
}

Object clone(const Object& source) {
    if (source.isNull()) return {};
    Object copy = object();
    for (const auto& [key, value] : *source) {
        if (value.type() == typeid(Object)) {
            copy->set(key, clone(value.extract<Object>()));
        } else if (value.type() == typeid(Array)) {
            copy->set(key, clone(value.extract<Array>()));
        } else {
            copy->set(key, value);
        }
    }
    return copy;
}

Array clone(const Array& source) {
    if (source.isNull()) return {};
    Array copy = array();
    for (const auto& value : *source) {
        if (value.type() == typeid(Object)) {
            copy->add(clone(value.extract<Object>()));
        } else if (value.type() == typeid(Array)) {
            copy->add(clone(value.extract<Array>()));
        } else {
            copy->add(value);
        }
    }
    return copy;
}

std::string stringify(const Value& value) {
    std::ostringstream out;
    Poco::JSON::Stringifier::condense(value, out);
    return out.str();
}
std::string stringify(const Object& object) {
    return stringify(Value(object));
}
std::string stringify(const Array& array) {
    return stringify(Value(array));
}

std::optional<std::string> get_string(const Object& object, const std::string& key) {
    Value value = member(object, key);
    if (value.isEmpty()) return std::nullopt;
    if (!value.isString()) throw wrong_type(key, "a string");
    return value.extract<std::string>();
}

std::optional<std::int64_t> get_int(const Object& object, const std::string& key) {
    Value value = member(object, key);
    if (value.isEmpty()) return std::nullopt;
    if (value.isString()) {
        Poco::Int64 parsed = 0;
        if (!Poco::NumberParser::tryParse64(value.extract<std::string>(), parsed)) {
            throw wrong_type(key, "an integer");
        }
        return parsed;
    }
    if (!value.isInteger()) throw wrong_type(key, "an integer");
    return value.convert<Poco::Int64>();
}

std::optional<double> get_number(const Object& object, const std::string& key) {
    Value value = member(object, key);
    if (value.isEmpty()) return std::nullopt;
    if (!value.isNumeric()) throw wrong_type(key, "a number");
    return value.convert<double>();
}

std::optional<bool> get_bool(const Object& object, const std::string& key) {
    Value value = member(object, key);
    if (value.isEmpty()) return std::nullopt;
    if (!value.isBoolean()) throw wrong_type(key, "true or false");
    return value.extract<bool>();
}

Object get_object(const Object& object, const std::string& key) {
    Value value = member(object, key);
    if (value.isEmpty()) return {};
    if (value.type() != typeid(Object)) throw wrong_type(key, "an object");
    return value.extract<Object>();
}

Array get_array(const Object& object, const std::string& key) {
    Value value = member(object, key);
    if (value.isEmpty()) return {};
    if (value.type() != typeid(Array)) throw wrong_type(key, "an array");
    return value.extract<Array>();
}

std::string require_string(const Object& object, const std::string& key) {
    auto value = get_string(object, key);
    if (!value) throw invalid("missing field '" + key + "'");
    return *value;
}

std::int64_t require_int(const Object& object, const std::string& key) {
    auto value = get_int(object, key);
    if (!value) throw invalid("missing field '" + key + "'");
    return *value;
}

}  // namespace sdk::json
