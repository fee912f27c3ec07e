// The data a fresh sandbox starts with.
#pragma once

#include "kisi_sandbox/sandbox.h"
#include "store/model.h"

#include <string>

namespace kisi::sandbox {

// empty: the organization and its admin user, whose API key is `admin_api_key`.
// demo: also "Little Acorns Childcare"'s three centers, their doors, a parent and a staff
// group per center, and the organization-wide "All Staff" group.
void seed_model(Model& model, Seed seed, const std::string& admin_api_key, TimeMs now);

}  // namespace kisi::sandbox
