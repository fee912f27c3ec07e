#include "json/json_util.h"

#include "core/time_format.h"

#include <Poco/JSON/Stringifier.h>

#include <sstream>

namespace kisi::sandbox::json {

Poco::JSON::Object::Ptr object() {
    return new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
}

Poco::Dynamic::Var null() {
    return Poco::Dynamic::Var();
}

Poco::Dynamic::Var nullable(const std::optional<std::string>& value) {
    return value ? Poco::Dynamic::Var(*value) : null();
}

Poco::Dynamic::Var nullable(const std::optional<double>& value) {
    return value ? Poco::Dynamic::Var(*value) : null();
}

Poco::Dynamic::Var nullable_id(const std::optional<Id>& value) {
    return value ? Poco::Dynamic::Var(*value) : null();
}

Poco::Dynamic::Var timestamp(TimeMs value) {
    return format_iso8601(value);
}

Poco::Dynamic::Var nullable_timestamp(const std::optional<TimeMs>& value) {
    return value ? timestamp(*value) : null();
}

std::string stringify(const Poco::Dynamic::Var& value) {
    std::ostringstream out;
    Poco::JSON::Stringifier::stringify(value, out);
    return out.str();
}

}  // namespace kisi::sandbox::json
