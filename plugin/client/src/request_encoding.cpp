#include "request_encoding.h"

#include <Poco/Dynamic/Var.h>
#include <Poco/JSON/Object.h>
#include <Poco/URI.h>

#include <sstream>

namespace kisi::client::detail {
namespace {

using Poco::JSON::Object;

Poco::Dynamic::Var timestamp_or_null(const std::optional<Timestamp>& t) {
    return t ? Poco::Dynamic::Var(format_timestamp(*t)) : Poco::Dynamic::Var();
}

// {"<wrapper>": inner}, Kisi's envelope for every write.
std::string wrapped(const std::string& wrapper, const Object::Ptr& inner) {
    Object outer(Poco::JSON_PRESERVE_KEY_ORDER);
    outer.set(wrapper, inner);
    std::ostringstream out;
    outer.stringify(out);
    return out.str();
}

}  // namespace

std::string query_string(const QueryParameters& parameters) {
    std::string query;
    for (const auto& [name, value] : parameters) {
        std::string encoded;
        Poco::URI::encode(value, "!#$&'()*+,/:;=?@[]", encoded);
        query += (query.empty() ? "?" : "&") + name + "=" + encoded;
    }
    return query;
}

std::string encode(const NewManagedUser& user) {
    Object::Ptr inner = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    inner->set("email", user.email);
    if (!user.name.empty()) inner->set("name", user.name);
    inner->set("send_emails", false);
    inner->set("confirm", true);
    return wrapped("user", inner);
}

std::string encode(const UserUpdate& update) {
    Object::Ptr inner = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    if (update.name) inner->set("name", *update.name);
    if (update.access_enabled) inner->set("access_enabled", *update.access_enabled);
    return wrapped("user", inner);
}

std::string encode(const NewGroupRoleAssignment& assignment) {
    Object::Ptr inner = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    inner->set("applies_to_type", "Group");
    inner->set("applies_to_id", assignment.group_id);
    inner->set("assignee_type", "User");
    inner->set("assignee_id", assignment.user_id);
    inner->set("role_id", assignment.role_id);
    inner->set("notify", false);
    inner->set("valid_from", timestamp_or_null(assignment.validity.from));
    inner->set("valid_until", timestamp_or_null(assignment.validity.until));
    return wrapped("role_assignment", inner);
}

std::string encode(const RoleAssignmentUpdate& update) {
    Object::Ptr inner = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    if (update.role_id) inner->set("role_id", *update.role_id);
    if (update.validity) {
        inner->set("valid_from", timestamp_or_null(update.validity->from));
        inner->set("valid_until", timestamp_or_null(update.validity->until));
    }
    return wrapped("role_assignment", inner);
}

std::string encode(const NewDeviceLogin& login) {
    Object::Ptr inner = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    inner->set("type", "device");
    inner->set("email", login.email);
    inner->set("name", login.device_name);
    inner->set("expire", false);
    Object outer(Poco::JSON_PRESERVE_KEY_ORDER);
    outer.set("login", inner);
    // The description requires a "user" object; it carries credentials only for a password
    // sign-in, which this is not.
    outer.set("user", Object::Ptr(new Object));
    std::ostringstream out;
    outer.stringify(out);
    return out.str();
}

std::string encode_unlock() {
    return "{}";
}

}  // namespace kisi::client::detail
