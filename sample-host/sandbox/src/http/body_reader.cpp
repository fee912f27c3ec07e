#include "http/body_reader.h"

#include "core/time_format.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Parser.h>
#include <Poco/NumberParser.h>

namespace kisi::sandbox {
namespace {

// Kisi's limits for user metadata.
constexpr std::size_t max_metadata_keys = 50;
constexpr std::size_t max_metadata_key_length = 50;
constexpr std::size_t max_metadata_value_length = 500;

}  // namespace

Result<Poco::JSON::Object::Ptr> body_object(const ApiRequest& request) {
    if (request.body.find_first_not_of(" \t\r\n") == std::string::npos) {
        return Poco::JSON::Object::Ptr(new Poco::JSON::Object);
    }
    try {
        Poco::JSON::Parser parser;
        const Poco::Dynamic::Var parsed = parser.parse(request.body);
        if (parsed.type() == typeid(Poco::JSON::Object::Ptr)) {
            return parsed.extract<Poco::JSON::Object::Ptr>();
        }
    } catch (const Poco::Exception&) {
        // answered below
    }
    return ApiError::bad_request("The request body is not a JSON object.");
}

Result<Poco::JSON::Object::Ptr> wrapped_object(const ApiRequest& request, const std::string& key) {
    auto body = body_object(request);
    if (!body.ok()) return body.error();
    Poco::JSON::Object::Ptr inner = body.value()->getObject(key);
    if (inner.isNull()) return ApiError::validation(key, "is missing");
    return inner;
}

BodyReader::BodyReader(Poco::JSON::Object::Ptr object) : object_(std::move(object)) {}

bool BodyReader::has(const std::string& key) const {
    return !object_.isNull() && object_->has(key);
}

void BodyReader::fail(const std::string& field, const std::string& message) {
    errors_[field].push_back(message);
}

Field<std::string> BodyReader::text(const std::string& key) {
    Field<std::string> field;
    if (!has(key)) return field;
    field.present = true;
    const Poco::Dynamic::Var value = object_->get(key);
    if (value.isEmpty()) return field;
    if (value.isString()) {
        field.value = value.extract<std::string>();
    } else {
        fail(key, "must be a string");
    }
    return field;
}

Field<bool> BodyReader::flag(const std::string& key) {
    Field<bool> field;
    if (!has(key)) return field;
    field.present = true;
    const Poco::Dynamic::Var value = object_->get(key);
    if (value.isEmpty()) return field;
    if (value.isBoolean()) {
        field.value = value.extract<bool>();
    } else if (value.isString() && (value.toString() == "true" || value.toString() == "false")) {
        field.value = value.toString() == "true";
    } else {
        fail(key, "must be true or false");
    }
    return field;
}

Field<Id> BodyReader::integer(const std::string& key) {
    Field<Id> field;
    if (!has(key)) return field;
    field.present = true;
    const Poco::Dynamic::Var value = object_->get(key);
    if (value.isEmpty()) return field;
    Poco::Int64 parsed = 0;
    if (value.isInteger()) {
        field.value = value.convert<Poco::Int64>();
    } else if (value.isString() && Poco::NumberParser::tryParse64(value.toString(), parsed)) {
        field.value = parsed;
    } else {
        fail(key, "must be an integer");
    }
    return field;
}

Field<double> BodyReader::number(const std::string& key) {
    Field<double> field;
    if (!has(key)) return field;
    field.present = true;
    const Poco::Dynamic::Var value = object_->get(key);
    if (value.isEmpty()) return field;
    if (value.isNumeric()) {
        field.value = value.convert<double>();
    } else {
        fail(key, "must be a number");
    }
    return field;
}

Field<TimeMs> BodyReader::date_time(const std::string& key) {
    Field<TimeMs> field;
    const Field<std::string> raw = text(key);
    field.present = raw.present;
    if (!raw.value) return field;
    field.value = parse_iso8601(*raw.value);
    if (!field.value) fail(key, "must be an ISO-8601 date-time");
    return field;
}

Field<Metadata> BodyReader::metadata(const std::string& key) {
    Field<Metadata> field;
    if (!has(key)) return field;
    field.present = true;
    const Poco::JSON::Object::Ptr entries = object_->getObject(key);
    if (entries.isNull()) {
        if (!object_->get(key).isEmpty()) fail(key, "must be an object");
        return field;
    }
    if (entries->size() > max_metadata_keys) fail(key, "must have at most 50 keys");
    Metadata metadata;
    for (const auto& [name, value] : *entries) {
        const bool scalar =
            value.isEmpty() || value.isString() || value.isNumeric() || value.isBoolean();
        if (!scalar) {
            fail(key, "values must be strings, numbers, booleans or null");
        } else if (name.size() > max_metadata_key_length) {
            fail(key, "keys must be at most 50 characters");
        } else if (value.isString() && value.toString().size() > max_metadata_value_length) {
            fail(key, "values must be at most 500 characters");
        } else {
            metadata.emplace_back(name, value);
        }
    }
    field.value = std::move(metadata);
    return field;
}

}  // namespace kisi::sandbox
