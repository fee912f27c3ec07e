// The Organization object embedded in places and in the current user.
#pragma once

#include "store/records.h"

#include <Poco/JSON/Object.h>

namespace kisi::sandbox::json {

Poco::JSON::Object::Ptr organization(const Organization& organization);

}  // namespace kisi::sandbox::json
