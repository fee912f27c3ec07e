// Who may open which door, as Kisi judges a user's own login: through a group role that
// grants unlocking, in a group that opens the door, valid at the given time.
#pragma once

#include "core/api_error.h"
#include "store/model.h"

#include <vector>

namespace kisi::sandbox {

// valid_from <= now < valid_until, with an empty bound open-ended.
bool is_valid_at(const RoleAssignment& assignment, TimeMs now);

// Done when the user may unlock the door now; otherwise the refusal Kisi gives (403 with
// fcd8ff access disabled, f01337 apps excluded, f358de not yet valid, f35ade no longer
// valid, or fcd8ef access denied).
Result<Done> check_unlock(const Model& model, const User& user, Id lock_id, TimeMs now);

// The doors the user may unlock now, in id order.
std::vector<Id> unlockable_lock_ids(const Model& model, const User& user, TimeMs now);

}  // namespace kisi::sandbox
