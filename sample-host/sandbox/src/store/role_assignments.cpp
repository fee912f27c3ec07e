#include "store/role_assignments.h"

namespace kisi::sandbox {
namespace {

void check_window(const std::optional<TimeMs>& from, const std::optional<TimeMs>& until,
                  FieldErrors& errors) {
    if (from && until && *until <= *from) {
        errors["valid_until"].push_back("must be after valid_from");
    }
}

}  // namespace

bool is_group_role(const std::string& role_id) {
    return role_id == "group_basic" || role_id == "group_manager";
}

Result<RoleAssignment> create_role_assignment(Model& model, const AssignmentDraft& draft,
                                              TimeMs now) {
    if (model.user(draft.user_id) == nullptr) return ApiError::not_found("User");
    if (model.group(draft.group_id) == nullptr) return ApiError::not_found("Group");
    FieldErrors errors;
    if (!is_group_role(draft.role_id)) errors["role_id"].push_back("is not included in the list");
    check_window(draft.valid_from, draft.valid_until, errors);
    for (const auto& [id, existing] : model.role_assignments) {
        if (existing.user_id == draft.user_id && existing.group_id == draft.group_id) {
            errors["user_id"].push_back("has already been taken");
            break;
        }
    }
    if (!errors.empty()) return ApiError::validation(std::move(errors));
    RoleAssignment assignment;
    assignment.id = model.next_role_assignment_id();
    assignment.role_id = draft.role_id;
    assignment.notify = draft.notify;
    assignment.group_id = draft.group_id;
    assignment.user_id = draft.user_id;
    assignment.valid_from = draft.valid_from;
    assignment.valid_until = draft.valid_until;
    assignment.created_by_user_id = draft.created_by_user_id;
    assignment.created_at = now;
    assignment.updated_at = now;
    model.role_assignments.emplace(assignment.id, assignment);
    return assignment;
}

Result<Done> update_role_assignment(Model& model, Id assignment_id,
                                    const AssignmentChanges& changes, TimeMs now) {
    const auto it = model.role_assignments.find(assignment_id);
    if (it == model.role_assignments.end()) return ApiError::not_found("Role assignment");
    RoleAssignment updated = it->second;
    if (changes.role_id) updated.role_id = *changes.role_id;
    if (changes.notify) updated.notify = *changes.notify;
    if (changes.valid_from) updated.valid_from = *changes.valid_from;
    if (changes.valid_until) updated.valid_until = *changes.valid_until;
    FieldErrors errors;
    if (!is_group_role(updated.role_id)) {
        errors["role_id"].push_back("is not included in the list");
    }
    check_window(updated.valid_from, updated.valid_until, errors);
    if (!errors.empty()) return ApiError::validation(std::move(errors));
    updated.updated_at = now;
    it->second = updated;
    return Done{};
}

Result<Done> delete_role_assignment(Model& model, Id assignment_id) {
    if (model.role_assignments.erase(assignment_id) == 0) {
        return ApiError::not_found("Role assignment");
    }
    return Done{};
}

}  // namespace kisi::sandbox
