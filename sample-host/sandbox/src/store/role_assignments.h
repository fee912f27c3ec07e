// Group role assignments: a user holds at most one role per group, optionally bounded by a
// validity window [valid_from, valid_until).
#pragma once

#include "core/api_error.h"
#include "store/model.h"

#include <optional>
#include <string>

namespace kisi::sandbox {

struct AssignmentDraft {
    Id user_id = 0;
    Id group_id = 0;
    std::string role_id;
    bool notify = false;
    std::optional<TimeMs> valid_from;
    std::optional<TimeMs> valid_until;
    std::optional<Id> created_by_user_id;
};

// For nullable fields an inner nullopt clears the value.
struct AssignmentChanges {
    std::optional<std::string> role_id;
    std::optional<bool> notify;
    std::optional<std::optional<TimeMs>> valid_from;
    std::optional<std::optional<TimeMs>> valid_until;
};

// The group roles Kisi documents: group_basic may unlock the group's doors, group_manager also
// manages the group.
bool is_group_role(const std::string& role_id);

Result<RoleAssignment> create_role_assignment(Model& model, const AssignmentDraft& draft,
                                              TimeMs now);
Result<Done> update_role_assignment(Model& model, Id assignment_id,
                                    const AssignmentChanges& changes, TimeMs now);
Result<Done> delete_role_assignment(Model& model, Id assignment_id);

}  // namespace kisi::sandbox
