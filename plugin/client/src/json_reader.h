#pragma once

#include <Poco/Dynamic/Var.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include "kisi/client/timestamp.h"

// Strictly typed reading of parsed JSON. Internal to the decoders: violations throw
// DecodeError, which the decoders turn into an `undecodable` Error.
namespace kisi::client::detail {

class DecodeError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// Parses `json` with size and depth limits; throws DecodeError.
Poco::Dynamic::Var parse_json(std::string_view json);

class JsonObjectReader {
  public:
    // `where` names the object in messages ("item 3", "the answer").
    JsonObjectReader(const Poco::Dynamic::Var& value, std::string where);

    std::int64_t integer(const std::string& key) const;
    std::optional<std::int64_t> optional_integer(const std::string& key) const;
    std::string string(const std::string& key) const;
    std::optional<std::string> optional_string(const std::string& key) const;
    std::optional<bool> optional_boolean(const std::string& key) const;
    // A date-time string or null.
    std::optional<Timestamp> optional_timestamp(const std::string& key) const;
    JsonObjectReader object(const std::string& key) const;
    std::optional<JsonObjectReader> optional_object(const std::string& key) const;

  private:
    // nullopt when the key is absent or null.
    std::optional<Poco::Dynamic::Var> present(const std::string& key) const;
    [[noreturn]] void wrong_type(const std::string& key, std::string_view expected) const;

    Poco::JSON::Object::Ptr object_;
    std::string where_;
};

}  // namespace kisi::client::detail
