// The Login object POST /logins answers, including the new secret.
#pragma once

#include "store/model.h"

#include <Poco/JSON/Object.h>

namespace kisi::sandbox::json {

Poco::JSON::Object::Ptr login(const Model& model, const Login& login);

}  // namespace kisi::sandbox::json
