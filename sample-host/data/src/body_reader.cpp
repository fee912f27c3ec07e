#include "body_reader.h"

#include <algorithm>
#include <cstring>

namespace host::data {

BodyReader::BodyReader(const Poco::JSON::Object& body, std::initializer_list<const char*> known)
    : body_(body) {
    for (const auto& [name, value] : body_) {
        const bool is_known = std::any_of(known.begin(), known.end(),
                                          [&](const char* field) { return name == field; });
        if (!is_known) {
            std::string listed;
            for (const char* field : known)
                listed += (listed.empty() ? "" : ", ") + std::string(field);
            fail("unknown field '" + name + "' (expected: " + listed + ")");
            return;
        }
    }
}

std::optional<std::string> BodyReader::text(const char* field) {
    if (!body_.has(field)) return std::nullopt;
    const auto& value = body_.get(field);
    if (!value.isString()) {
        fail(std::string(field) + " must be a string");
        return std::nullopt;
    }
    return value.extract<std::string>();
}

std::optional<Id> BodyReader::id(const char* field) {
    if (!body_.has(field)) return std::nullopt;
    const auto& value = body_.get(field);
    if (!value.isInteger() || value.isBoolean()) {
        fail(std::string(field) + " must be an integer id");
        return std::nullopt;
    }
    return value.convert<Id>();
}

std::optional<bool> BodyReader::flag(const char* field) {
    if (!body_.has(field)) return std::nullopt;
    const auto& value = body_.get(field);
    if (!value.isBoolean()) {
        fail(std::string(field) + " must be true or false");
        return std::nullopt;
    }
    return value.extract<bool>();
}

std::optional<std::optional<std::string>> BodyReader::nullable_text(const char* field) {
    if (!body_.has(field)) return std::nullopt;
    if (body_.isNull(field)) return std::optional<std::string>{};
    auto value = text(field);
    if (!value) return std::nullopt;
    return std::optional<std::string>{*value};
}

Status BodyReader::status() const {
    if (problem_) return invalid(*problem_);
    return Done{};
}

void BodyReader::fail(std::string message) {
    if (!problem_) problem_ = std::move(message);
}

}  // namespace host::data
