// Reads request bodies (`{"user": {...}}`) field by field, collecting Kisi-style validation
// errors. Scalars are cast as a Rails API casts them ("12" is an integer, "true" a boolean).
#pragma once

#include "core/api_error.h"
#include "http/exchange.h"

#include <Poco/JSON/Object.h>

#include <optional>
#include <string>

namespace kisi::sandbox {

// A field that may be absent, explicitly null (present without value), or set.
template <class T>
struct Field {
    bool present = false;
    std::optional<T> value;

    // For updates of nullable attributes: absent → nullopt, null → {nullopt}, value → {value}.
    std::optional<std::optional<T>> change() const {
        return present ? std::optional<std::optional<T>>(value) : std::nullopt;
    }
};

// The object under `key` in the request's JSON body: 400 when the body is not JSON, 422 when
// the key is missing or not an object.
Result<Poco::JSON::Object::Ptr> wrapped_object(const ApiRequest& request, const std::string& key);

// The whole body as a JSON object (an empty body is an empty object); 400 when it is not one.
Result<Poco::JSON::Object::Ptr> body_object(const ApiRequest& request);

class BodyReader {
  public:
    explicit BodyReader(Poco::JSON::Object::Ptr object);

    bool has(const std::string& key) const;
    Field<std::string> text(const std::string& key);
    Field<bool> flag(const std::string& key);
    Field<Id> integer(const std::string& key);
    Field<double> number(const std::string& key);
    Field<TimeMs> date_time(const std::string& key);   // ISO-8601
    Field<Metadata> metadata(const std::string& key);  // flat object of scalars

    void fail(const std::string& field, const std::string& message);
    const FieldErrors& errors() const { return errors_; }
    bool ok() const { return errors_.empty(); }

  private:
    Poco::JSON::Object::Ptr object_;
    FieldErrors errors_;
};

}  // namespace kisi::sandbox
