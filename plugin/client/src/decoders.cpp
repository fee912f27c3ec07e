#include "kisi/client/decoders.h"

#include <Poco/JSON/Array.h>

#include "json_reader.h"

namespace kisi::client {
namespace {

using detail::DecodeError;
using detail::JsonObjectReader;

template <class T>
T read(const JsonObjectReader& json);

template <>
CurrentUser read<CurrentUser>(const JsonObjectReader& json) {
    CurrentUser user;
    user.id = json.integer("id");
    user.name = json.optional_string("name").value_or("");
    user.email = json.string("email");
    if (const auto organization = json.optional_object("organization")) {
        user.organization = Organization{organization->integer("id"),
                                         organization->optional_string("name").value_or(""),
                                         organization->optional_string("domain").value_or("")};
    }
    const auto organization_id = json.optional_integer("organization_id");
    if (!organization_id && !user.organization) {
        throw DecodeError("the answer names no organization");
    }
    user.organization_id = organization_id ? *organization_id : user.organization->id;
    return user;
}

template <>
Place read<Place>(const JsonObjectReader& json) {
    Place place;
    place.id = json.integer("id");
    place.name = json.string("name");
    place.description = json.optional_string("description");
    place.address = json.optional_string("address");
    place.time_zone = json.optional_string("time_zone");
    place.organization_id = json.optional_integer("organization_id");
    place.locks_count = json.optional_integer("locks_count");
    return place;
}

template <>
Group read<Group>(const JsonObjectReader& json) {
    Group group;
    group.id = json.integer("id");
    group.name = json.string("name");
    group.description = json.optional_string("description");
    group.place_id = json.optional_integer("place_id");
    group.locks_count = json.optional_integer("locks_count");
    group.users_count = json.optional_integer("users_count");
    return group;
}

template <>
GroupLock read<GroupLock>(const JsonObjectReader& json) {
    GroupLock group_lock;
    group_lock.id = json.integer("id");
    group_lock.group_id = json.integer("group_id");
    group_lock.lock_id = json.integer("lock_id");
    if (const auto lock = json.optional_object("lock")) {
        group_lock.lock_name = lock->optional_string("name").value_or("");
    }
    group_lock.place_id = json.optional_integer("place_id");
    return group_lock;
}

template <>
Lock read<Lock>(const JsonObjectReader& json) {
    Lock lock;
    lock.id = json.integer("id");
    lock.name = json.string("name");
    lock.description = json.optional_string("description");
    lock.place_id = json.integer("place_id");
    if (const auto place = json.optional_object("place")) {
        lock.place_name = place->optional_string("name");
    }
    lock.online = json.optional_boolean("online");
    lock.locked_down = json.optional_boolean("locked_down").value_or(false);
    return lock;
}

template <>
User read<User>(const JsonObjectReader& json) {
    User user;
    user.id = json.integer("id");
    user.email = json.string("email");
    user.name = json.optional_string("name").value_or("");
    user.access_enabled = json.optional_boolean("access_enabled").value_or(true);
    user.organization_id = json.optional_integer("organization_id");
    return user;
}

template <>
RoleAssignment read<RoleAssignment>(const JsonObjectReader& json) {
    RoleAssignment assignment;
    assignment.id = json.integer("id");
    assignment.role_id = json.string("role_id");
    assignment.applies_to_type = json.string("applies_to_type");
    assignment.applies_to_id = json.integer("applies_to_id");
    assignment.assignee_type = json.string("assignee_type");
    assignment.assignee_id = json.integer("assignee_id");
    if (const auto assignee = json.optional_object("assignee")) {
        assignment.assignee_email = assignee->optional_string("email");
    }
    assignment.validity.from = json.optional_timestamp("valid_from");
    assignment.validity.until = json.optional_timestamp("valid_until");
    assignment.created_by_type = json.optional_string("created_by_type");
    assignment.created_by_id = json.optional_integer("created_by_id");
    return assignment;
}

template <>
Login read<Login>(const JsonObjectReader& json) {
    Login login;
    login.id = json.integer("id");
    login.type = json.optional_string("type").value_or("");
    login.user_id = json.integer("user_id");
    login.secret = json.string("secret");
    if (login.secret.empty()) throw DecodeError("the answer: \"secret\" is empty");
    return login;
}

template <>
UnlockResult read<UnlockResult>(const JsonObjectReader& json) {
    return UnlockResult{json.string("message")};
}

Error undecodable(const std::string& detail) {
    Error error;
    error.kind = ErrorKind::undecodable;
    error.message = detail;
    return error;
}

}  // namespace

template <class T>
Result<T> decode_object(std::string_view json) {
    try {
        return read<T>(JsonObjectReader(detail::parse_json(json), "the answer"));
    } catch (const DecodeError& e) {
        return undecodable(e.what());
    } catch (const std::exception& e) {
        return undecodable(std::string("the answer could not be read (") + e.what() + ")");
    }
}

template <class T>
Result<std::vector<T>> decode_array(std::string_view json) {
    try {
        const auto parsed = detail::parse_json(json);
        if (parsed.type() != typeid(Poco::JSON::Array::Ptr)) {
            throw DecodeError("the answer is not a JSON array");
        }
        const auto array = parsed.extract<Poco::JSON::Array::Ptr>();
        std::vector<T> items;
        items.reserve(array->size());
        for (std::size_t i = 0; i < array->size(); ++i) {
            items.push_back(read<T>(JsonObjectReader(array->get(static_cast<unsigned>(i)),
                                                     "item " + std::to_string(i))));
        }
        return items;
    } catch (const DecodeError& e) {
        return undecodable(e.what());
    } catch (const std::exception& e) {
        return undecodable(std::string("the answer could not be read (") + e.what() + ")");
    }
}

std::optional<ErrorBody> decode_error_body(std::string_view json) {
    try {
        const auto parsed = detail::parse_json(json);
        if (parsed.type() != typeid(Poco::JSON::Object::Ptr)) return std::nullopt;
        const auto object = parsed.extract<Poco::JSON::Object::Ptr>();
        ErrorBody body;
        if (object->has("errors") &&
            object->get("errors").type() == typeid(Poco::JSON::Object::Ptr)) {
            const auto errors = object->getObject("errors");
            for (const auto& [field, messages] : *errors) {
                auto& list = body.field_errors[field];
                if (messages.isString()) {
                    list.push_back(messages.extract<std::string>());
                } else if (messages.type() == typeid(Poco::JSON::Array::Ptr)) {
                    for (const auto& message : *messages.extract<Poco::JSON::Array::Ptr>()) {
                        if (message.isString()) list.push_back(message.extract<std::string>());
                    }
                }
            }
        }
        body.code = object->has("code") && object->get("code").isString()
                        ? object->get("code").extract<std::string>()
                        : "";
        body.message = object->has("error") && object->get("error").isString()
                           ? object->get("error").extract<std::string>()
                           : "";
        if (body.message.empty() && object->has("error_description") &&
            object->get("error_description").isString()) {
            body.message = object->get("error_description").extract<std::string>();
        }
        if (body.code.empty() && body.message.empty() && body.field_errors.empty()) {
            return std::nullopt;
        }
        return body;
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

#define KISI_CLIENT_DECODABLE(T)                                \
    template Result<T> decode_object<T>(std::string_view json); \
    template Result<std::vector<T>> decode_array<T>(std::string_view json);
KISI_CLIENT_DECODABLE(CurrentUser)
KISI_CLIENT_DECODABLE(Place)
KISI_CLIENT_DECODABLE(Group)
KISI_CLIENT_DECODABLE(GroupLock)
KISI_CLIENT_DECODABLE(Lock)
KISI_CLIENT_DECODABLE(User)
KISI_CLIENT_DECODABLE(RoleAssignment)
KISI_CLIENT_DECODABLE(Login)
KISI_CLIENT_DECODABLE(UnlockResult)
#undef KISI_CLIENT_DECODABLE

}  // namespace kisi::client
