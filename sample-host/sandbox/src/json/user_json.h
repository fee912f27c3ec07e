// User objects: the organization-user form, the current-user form (GET /user) and the short
// reference embedded in role assignments and logins.
#pragma once

#include "store/model.h"

#include <Poco/JSON/Object.h>

namespace kisi::sandbox::json {

Poco::JSON::Object::Ptr user(const Model& model, const User& user);
Poco::JSON::Object::Ptr current_user(const Model& model, const User& user);
// {id, resource_type, email, name}
Poco::JSON::Object::Ptr user_reference(const User& user);

}  // namespace kisi::sandbox::json
