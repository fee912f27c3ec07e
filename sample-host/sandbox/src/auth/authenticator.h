// Resolves `Authorization: KISI-LOGIN <secret>` to the login's user.
#pragma once

#include "auth/identity.h"
#include "store/state.h"

#include <string>

namespace kisi::sandbox {

// Marks the login as used when it resolves.
Identity authenticate(State& state, const std::string& authorization, TimeMs now);

}  // namespace kisi::sandbox
