#include "json/place_json.h"

#include "json/json_util.h"
#include "json/organization_json.h"
#include "store/topology.h"

namespace kisi::sandbox::json {

Poco::JSON::Object::Ptr place(const Model& model, const Place& place) {
    auto out = object();
    out->set("id", place.id);
    out->set("resource_type", "Place");
    out->set("name", place.name);
    out->set("description", nullable(place.description));
    out->set("created_at", timestamp(place.created_at));
    out->set("updated_at", timestamp(place.updated_at));
    out->set("latitude", nullable(place.latitude));
    out->set("longitude", nullable(place.longitude));
    out->set("address", place.address);
    out->set("image", null());
    out->set("time_zone", nullable(place.time_zone));
    out->set("tz_time_zone", nullable(place.time_zone));
    out->set("locks_count", static_cast<Id>(locks_in_place(model, place.id)));
    out->set("integrations_count", 0);
    out->set("locked_down", false);
    out->set("locked_down_since", null());
    out->set("occupancy_rate", null());
    out->set("organization_id", model.organization.id);
    out->set("organization", organization(model.organization));
    out->set("color", null());
    out->set("logo", null());
    out->set("user_id", null());
    out->set("members_count", static_cast<Id>(users_in_place(model, place.id)));
    return out;
}

Poco::JSON::Object::Ptr place_reference(const Place& place) {
    auto out = object();
    out->set("id", place.id);
    out->set("resource_type", "Place");
    out->set("name", place.name);
    return out;
}

}  // namespace kisi::sandbox::json
