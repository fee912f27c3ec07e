#include "json/group_json.h"

#include "json/json_util.h"
#include "json/place_json.h"
#include "store/topology.h"

namespace kisi::sandbox::json {

Poco::JSON::Object::Ptr group(const Model& model, const Group& group) {
    const auto users = static_cast<Id>(users_in_group(model, group.id));
    auto out = object();
    out->set("id", group.id);
    out->set("resource_type", "Group");
    out->set("name", group.name);
    out->set("description", nullable(group.description));
    out->set("created_at", timestamp(group.created_at));
    out->set("updated_at", timestamp(group.updated_at));
    out->set("geofence_restriction_enabled", group.geofence_restriction_enabled);
    out->set("geofence_restriction_radius", 300);
    out->set("primary_device_restriction_enabled", group.primary_device_restriction_enabled);
    out->set("managed_device_restriction_enabled", group.managed_device_restriction_enabled);
    out->set("reader_restriction_enabled", group.reader_restriction_enabled);
    out->set("time_restriction_enabled", group.time_restriction_enabled);
    out->set("tap_to_access_restriction_enabled", group.tap_to_access_restriction_enabled);
    out->set("login_enabled", group.login_enabled);
    out->set("users_count", users);
    out->set("locks_count", static_cast<Id>(lock_ids_of_group(model, group.id).size()));
    out->set("elevator_stops_count", 0);
    out->set("place_id", nullable_id(group.place_id));
    // `place` is optional and not nullable: organization-wide groups leave it out.
    if (group.place_id) out->set("place", place_reference(*model.place(*group.place_id)));
    out->set("time_restriction_time_zone", null());
    out->set("members_count", users);
    return out;
}

Poco::JSON::Object::Ptr group_reference(const Group& group) {
    auto out = object();
    out->set("id", group.id);
    out->set("resource_type", "Group");
    out->set("name", group.name);
    return out;
}

}  // namespace kisi::sandbox::json
