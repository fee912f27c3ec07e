// GroupLock objects: which door a group opens.
#pragma once

#include "store/model.h"

#include <Poco/JSON/Object.h>

namespace kisi::sandbox::json {

Poco::JSON::Object::Ptr group_lock(const Model& model, const GroupLock& link);

}  // namespace kisi::sandbox::json
