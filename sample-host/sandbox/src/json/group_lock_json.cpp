#include "json/group_lock_json.h"

#include "json/group_json.h"
#include "json/json_util.h"
#include "json/lock_json.h"
#include "json/place_json.h"

namespace kisi::sandbox::json {

Poco::JSON::Object::Ptr group_lock(const Model& model, const GroupLock& link) {
    const Lock& lock = *model.lock(link.lock_id);
    auto out = object();
    out->set("id", link.id);
    out->set("resource_type", "GroupLock");
    out->set("created_at", timestamp(link.created_at));
    out->set("updated_at", timestamp(link.updated_at));
    out->set("group_id", link.group_id);
    out->set("group", group_reference(*model.group(link.group_id)));
    out->set("lock_id", link.lock_id);
    out->set("lock", lock_reference(lock));
    out->set("place_id", lock.place_id);
    out->set("place", place_reference(*model.place(lock.place_id)));
    return out;
}

}  // namespace kisi::sandbox::json
