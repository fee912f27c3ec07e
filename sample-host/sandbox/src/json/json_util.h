// Small helpers for writing Kisi's JSON: insertion-ordered objects and nullable values.
#pragma once

#include "store/records.h"

#include <Poco/Dynamic/Var.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <optional>
#include <string>

namespace kisi::sandbox::json {

Poco::JSON::Object::Ptr object();

Poco::Dynamic::Var null();
Poco::Dynamic::Var nullable(const std::optional<std::string>& value);
Poco::Dynamic::Var nullable(const std::optional<double>& value);
Poco::Dynamic::Var nullable_id(const std::optional<Id>& value);
Poco::Dynamic::Var timestamp(TimeMs value);
Poco::Dynamic::Var nullable_timestamp(const std::optional<TimeMs>& value);

std::string stringify(const Poco::Dynamic::Var& value);

}  // namespace kisi::sandbox::json
