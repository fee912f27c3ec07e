// Group objects as Kisi's description defines them.
#pragma once

#include "store/model.h"

#include <Poco/JSON/Object.h>

namespace kisi::sandbox::json {

Poco::JSON::Object::Ptr group(const Model& model, const Group& group);
// {id, resource_type, name}: how group locks and role assignments name a group.
Poco::JSON::Object::Ptr group_reference(const Group& group);

}  // namespace kisi::sandbox::json
