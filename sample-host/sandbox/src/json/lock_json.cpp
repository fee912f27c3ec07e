#include "json/lock_json.h"

#include "json/json_util.h"
#include "store/topology.h"

namespace kisi::sandbox::json {
namespace {

Poco::JSON::Object::Ptr lock_place(const Place& place) {
    auto out = object();
    out->set("id", place.id);
    out->set("name", place.name);
    out->set("latitude", nullable(place.latitude));
    out->set("longitude", nullable(place.longitude));
    return out;
}

}  // namespace

Poco::JSON::Object::Ptr lock(const Model& model, const Lock& lock) {
    auto out = object();
    out->set("id", lock.id);
    out->set("resource_type", "Lock");
    out->set("created_at", timestamp(lock.created_at));
    out->set("updated_at", timestamp(lock.updated_at));
    out->set("configured", lock.configured);
    out->set("description", nullable(lock.description));
    out->set("first_to_arrive_required_until", null());
    out->set("first_to_arrive_satisfied", false);
    out->set("latitude", nullable(lock.latitude));
    out->set("locked_down", lock.locked_down);
    out->set("locked_down_since", null());
    out->set("longitude", nullable(lock.longitude));
    out->set("name", lock.name);
    out->set("on_scheduled_unlock", false);
    out->set("online", lock.online);
    out->set("open", false);
    out->set("order_id", null());
    out->set("unlocked", lock.unlocked);
    out->set("geofence_restriction_enabled", false);
    out->set("geofence_restriction_radius", 300);
    out->set("reader_restriction_enabled", false);
    out->set("time_restriction_enabled", false);
    out->set("time_restriction_time_zone", null());
    out->set("place_id", lock.place_id);
    out->set("place", lock_place(*model.place(lock.place_id)));
    out->set("floor_id", null());
    out->set("groups_count", static_cast<Id>(group_ids_of_lock(model, lock.id).size()));
    out->set("unlocked_until", null());
    return out;
}

Poco::JSON::Object::Ptr lock_reference(const Lock& lock) {
    auto out = object();
    out->set("id", lock.id);
    out->set("description", nullable(lock.description));
    out->set("name", lock.name);
    return out;
}

}  // namespace kisi::sandbox::json
