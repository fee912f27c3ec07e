// Lock (door) objects in the full form of Kisi's description (not the group-link form).
#pragma once

#include "store/model.h"

#include <Poco/JSON/Object.h>

namespace kisi::sandbox::json {

Poco::JSON::Object::Ptr lock(const Model& model, const Lock& lock);
// {id, name, description}: how group locks name a lock.
Poco::JSON::Object::Ptr lock_reference(const Lock& lock);

}  // namespace kisi::sandbox::json
