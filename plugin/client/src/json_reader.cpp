#include "json_reader.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Parser.h>

#include <limits>

#include "kisi/client/decoders.h"

namespace kisi::client::detail {

Poco::Dynamic::Var parse_json(std::string_view json) {
    if (json.size() > kMaxResponseBytes) {
        throw DecodeError("the body is larger than " + std::to_string(kMaxResponseBytes) +
                          " bytes");
    }
    try {
        Poco::JSON::Parser parser;
        parser.setDepth(kMaxJsonDepth);
        return parser.parse(std::string(json));
    } catch (const Poco::Exception& e) {
        throw DecodeError("the body is not valid JSON (" + e.message() + ")");
    } catch (const std::exception& e) {
        throw DecodeError(std::string("the body is not valid JSON (") + e.what() + ")");
    }
}

JsonObjectReader::JsonObjectReader(const Poco::Dynamic::Var& value, std::string where)
    : where_(std::move(where)) {
    if (value.type() != typeid(Poco::JSON::Object::Ptr)) {
        throw DecodeError(where_ + " is not a JSON object");
    }
    object_ = value.extract<Poco::JSON::Object::Ptr>();
    if (!object_) throw DecodeError(where_ + " is not a JSON object");
}

std::optional<Poco::Dynamic::Var> JsonObjectReader::present(const std::string& key) const {
    if (!object_->has(key)) return std::nullopt;
    Poco::Dynamic::Var value = object_->get(key);
    if (value.isEmpty()) return std::nullopt;
    return value;
}

void JsonObjectReader::wrong_type(const std::string& key, std::string_view expected) const {
    throw DecodeError(where_ + ": \"" + key + "\" is not " + std::string(expected));
}

std::optional<std::int64_t> JsonObjectReader::optional_integer(const std::string& key) const {
    const auto value = present(key);
    if (!value) return std::nullopt;
    if (!value->isInteger() || value->isBoolean()) wrong_type(key, "an integer");
    if (!value->isSigned()) {
        const auto unsigned_value = value->convert<std::uint64_t>();
        if (unsigned_value > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
            wrong_type(key, "an integer in range");
        }
        return static_cast<std::int64_t>(unsigned_value);
    }
    return value->convert<std::int64_t>();
}

std::int64_t JsonObjectReader::integer(const std::string& key) const {
    const auto value = optional_integer(key);
    if (!value) throw DecodeError(where_ + ": \"" + key + "\" is missing");
    return *value;
}

std::optional<std::string> JsonObjectReader::optional_string(const std::string& key) const {
    const auto value = present(key);
    if (!value) return std::nullopt;
    if (!value->isString()) wrong_type(key, "a string");
    return value->extract<std::string>();
}

std::string JsonObjectReader::string(const std::string& key) const {
    auto value = optional_string(key);
    if (!value) throw DecodeError(where_ + ": \"" + key + "\" is missing");
    return std::move(*value);
}

std::optional<bool> JsonObjectReader::optional_boolean(const std::string& key) const {
    const auto value = present(key);
    if (!value) return std::nullopt;
    if (!value->isBoolean()) wrong_type(key, "true or false");
    return value->extract<bool>();
}

std::optional<Timestamp> JsonObjectReader::optional_timestamp(const std::string& key) const {
    const auto text = optional_string(key);
    if (!text) return std::nullopt;
    const auto parsed = parse_timestamp(*text);
    if (!parsed) wrong_type(key, "an ISO-8601 date-time");
    return parsed;
}

std::optional<JsonObjectReader> JsonObjectReader::optional_object(const std::string& key) const {
    const auto value = present(key);
    if (!value) return std::nullopt;
    if (value->type() != typeid(Poco::JSON::Object::Ptr)) wrong_type(key, "an object");
    return JsonObjectReader(*value, where_ + "." + key);
}

JsonObjectReader JsonObjectReader::object(const std::string& key) const {
    auto value = optional_object(key);
    if (!value) throw DecodeError(where_ + ": \"" + key + "\" is missing");
    return std::move(*value);
}

}  // namespace kisi::client::detail
