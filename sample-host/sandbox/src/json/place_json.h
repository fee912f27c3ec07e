// Place objects in the full form of Kisi's description (not the group-link form).
#pragma once

#include "store/model.h"

#include <Poco/JSON/Object.h>

namespace kisi::sandbox::json {

Poco::JSON::Object::Ptr place(const Model& model, const Place& place);
// {id, resource_type, name}: how groups, group locks and role assignments name a place.
Poco::JSON::Object::Ptr place_reference(const Place& place);

}  // namespace kisi::sandbox::json
