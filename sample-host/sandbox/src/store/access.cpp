#include "store/access.h"

#include "store/topology.h"

#include <algorithm>
#include <set>

namespace kisi::sandbox {
namespace {

// group_manager includes the rights of group_basic.
bool grants_unlock(const RoleAssignment& assignment) {
    return assignment.role_id == "group_basic" || assignment.role_id == "group_manager";
}

bool group_opens(const Model& model, Id group_id, Id lock_id) {
    const std::vector<Id> locks = lock_ids_of_group(model, group_id);
    return std::find(locks.begin(), locks.end(), lock_id) != locks.end();
}

}  // namespace

bool is_valid_at(const RoleAssignment& assignment, TimeMs now) {
    return (!assignment.valid_from || *assignment.valid_from <= now) &&
           (!assignment.valid_until || now < *assignment.valid_until);
}

Result<Done> check_unlock(const Model& model, const User& user, Id lock_id, TimeMs now) {
    if (!user.access_enabled) return ApiError::access_disabled();
    bool app_excluded = false;
    bool not_yet_valid = false;
    bool expired = false;
    for (const auto& [id, assignment] : model.role_assignments) {
        if (assignment.user_id != user.id || !grants_unlock(assignment)) continue;
        if (!group_opens(model, assignment.group_id, lock_id)) continue;
        const Group* group = model.group(assignment.group_id);
        if (!group->login_enabled) {
            app_excluded = true;
        } else if (is_valid_at(assignment, now)) {
            return Done{};
        } else if (assignment.valid_from && now < *assignment.valid_from) {
            not_yet_valid = true;
        } else {
            expired = true;
        }
    }
    // A grant that opens later is the more useful answer than one that ended.
    if (not_yet_valid) return ApiError::access_not_yet_valid();
    if (expired) return ApiError::access_no_longer_valid();
    if (app_excluded) return ApiError::app_access_excluded();
    return ApiError::access_denied();
}

std::vector<Id> unlockable_lock_ids(const Model& model, const User& user, TimeMs now) {
    std::set<Id> locks;
    if (!user.access_enabled) return {};
    for (const auto& [id, assignment] : model.role_assignments) {
        if (assignment.user_id != user.id || !grants_unlock(assignment)) continue;
        if (!is_valid_at(assignment, now) || !model.group(assignment.group_id)->login_enabled) {
            continue;
        }
        for (const Id lock_id : lock_ids_of_group(model, assignment.group_id)) {
            locks.insert(lock_id);
        }
    }
    return {locks.begin(), locks.end()};
}

}  // namespace kisi::sandbox
