#include "json/user_json.h"

#include "json/json_util.h"
#include "json/organization_json.h"

#include <set>

namespace kisi::sandbox::json {
namespace {

Poco::JSON::Object::Ptr metadata(const Metadata& entries) {
    auto out = object();
    for (const auto& [key, value] : entries) out->set(key, value);
    return out;
}

Id groups_of_user(const Model& model, Id user_id) {
    std::set<Id> groups;
    for (const auto& [id, assignment] : model.role_assignments) {
        if (assignment.user_id == user_id) groups.insert(assignment.group_id);
    }
    return static_cast<Id>(groups.size());
}

}  // namespace

Poco::JSON::Object::Ptr user(const Model& model, const User& user) {
    auto out = object();
    out->set("id", user.id);
    out->set("resource_type", "User");
    out->set("name", user.name);
    out->set("email", user.email);
    out->set("created_at", timestamp(user.created_at));
    out->set("updated_at", timestamp(user.updated_at));
    out->set("metadata", metadata(user.metadata));
    out->set("image", nullable(user.image));
    out->set("otp_required_for_login", false);
    out->set("password_flow_enabled", user.password_flow_enabled);
    out->set("access_enabled", user.access_enabled);
    out->set("last_accessed_at", nullable_timestamp(user.last_accessed_at));
    out->set("scim_access_enabled", true);
    out->set("notes", nullable(user.notes));
    out->set("organization_id", model.organization.id);
    out->set("confirmed", user.confirmed);
    out->set("groups_count", groups_of_user(model, user.id));
    return out;
}

Poco::JSON::Object::Ptr current_user(const Model& model, const User& user) {
    auto out = object();
    out->set("id", user.id);
    out->set("resource_type", "User");
    out->set("name", user.name);
    out->set("email", user.email);
    out->set("image", nullable(user.image));
    out->set("locale", null());
    out->set("notifications_unread_count", 0);
    out->set("otp_required_for_login", false);
    out->set("otp_enabled_at", null());
    out->set("primary_login_exists", false);
    out->set("created_at", timestamp(user.created_at));
    out->set("updated_at", timestamp(user.updated_at));
    out->set("announcements_last_seen_at", null());
    out->set("last_read_at", null());
    out->set("notes", nullable(user.notes));
    out->set("organization_id", model.organization.id);
    out->set("organization", organization(model.organization));
    return out;
}

Poco::JSON::Object::Ptr user_reference(const User& user) {
    auto out = object();
    out->set("id", user.id);
    out->set("resource_type", "User");
    out->set("email", user.email);
    out->set("name", user.name);
    return out;
}

}  // namespace kisi::sandbox::json
