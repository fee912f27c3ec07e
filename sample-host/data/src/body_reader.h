// Reads the fields of a JSON request body strictly and remembers the first problem.
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include <Poco/JSON/Object.h>

#include "host_data/model.h"
#include "host_data/result.h"

namespace host::data {

class BodyReader {
  public:
    // Refuses any field not in `known`.
    BodyReader(const Poco::JSON::Object& body, std::initializer_list<const char*> known);

    // Each reader answers nothing when the field is absent (or when it is malformed, in which
    // case status() reports it).
    std::optional<std::string> text(const char* field);
    std::optional<Id> id(const char* field);
    std::optional<bool> flag(const char* field);
    // A text field that may be null: absent -> nothing, null -> an empty inner optional.
    std::optional<std::optional<std::string>> nullable_text(const char* field);

    // Records "<field> is required" when the field is absent.
    template <class T>
    T required(const char* field, std::optional<T> value) {
        if (!value) fail(std::string(field) + " is required");
        return value.value_or(T{});
    }

    Status status() const;

  private:
    void fail(std::string message);

    const Poco::JSON::Object& body_;
    std::optional<std::string> problem_;
};

}  // namespace host::data
