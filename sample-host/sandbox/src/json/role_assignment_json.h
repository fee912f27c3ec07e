// Group role assignments, with the current fields and the deprecated mirrors the description
// still requires (user_id, type, scope, group_id, group, ...).
#pragma once

#include "store/model.h"

#include <Poco/JSON/Object.h>

namespace kisi::sandbox::json {

Poco::JSON::Object::Ptr role_assignment(const Model& model, const RoleAssignment& assignment);

}  // namespace kisi::sandbox::json
