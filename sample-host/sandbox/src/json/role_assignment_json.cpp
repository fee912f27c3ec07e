#include "json/role_assignment_json.h"

#include "json/group_json.h"
#include "json/json_util.h"
#include "json/user_json.h"

namespace kisi::sandbox::json {

Poco::JSON::Object::Ptr role_assignment(const Model& model, const RoleAssignment& assignment) {
    const Group& group = *model.group(assignment.group_id);
    const User& user = *model.user(assignment.user_id);
    const auto creator = assignment.created_by_user_id;
    auto out = object();
    out->set("id", assignment.id);
    out->set("resource_type", "RoleAssignment");
    out->set("created_at", timestamp(assignment.created_at));
    out->set("updated_at", timestamp(assignment.updated_at));
    out->set("role_id", assignment.role_id);
    out->set("notify", assignment.notify);
    out->set("applies_to_type", "Group");
    out->set("applies_to_id", group.id);
    out->set("applies_to", group_reference(group));
    out->set("assignee_type", "User");
    out->set("assignee_id", user.id);
    out->set("assignee", user_reference(user));
    out->set("created_by_type", creator ? Poco::Dynamic::Var("User") : null());
    out->set("created_by_id", nullable_id(creator));
    out->set("user_id", user.id);
    out->set("user", user_reference(user));
    out->set("assignee_team_id", null());
    out->set("guest_id", null());
    out->set("issued_by_id", nullable_id(creator));
    out->set("type", "group");
    out->set("scope", "group");
    out->set("group_id", group.id);
    out->set("group", group_reference(group));
    out->set("valid_from", nullable_timestamp(assignment.valid_from));
    out->set("valid_until", nullable_timestamp(assignment.valid_until));
    return out;
}

}  // namespace kisi::sandbox::json
