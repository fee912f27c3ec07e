#include "store/users.h"

#include <Poco/RegularExpression.h>
#include <Poco/String.h>


namespace kisi::sandbox {

std::string normalize_email(const std::string& email) {
    return Poco::toLower(Poco::trim(email));
}

bool is_valid_email(const std::string& email) {
    static const Poco::RegularExpression shape(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)");
    return shape.match(email);
}

const User* find_user_by_email(const Model& model, const std::string& email) {
    const std::string wanted = normalize_email(email);
    for (const auto& [id, user] : model.users) {
        if (user.email == wanted) return &user;
    }
    return nullptr;
}

Result<User> create_user(Model& model, UserDraft draft, TimeMs now) {
    draft.email = normalize_email(draft.email);
    if (!is_valid_email(draft.email)) {
        return ApiError::validation("email", "can't be blank or invalid");
    }
    if (find_user_by_email(model, draft.email) != nullptr) {
        return ApiError::validation("email", "has already been taken");
    }
    User user;
    user.id = model.next_user_id();
    user.email = std::move(draft.email);
    user.name = std::move(draft.name);
    user.image = std::move(draft.image);
    user.notes = std::move(draft.notes);
    user.metadata = std::move(draft.metadata);
    user.access_enabled = draft.access_enabled;
    user.password_flow_enabled = draft.password_flow_enabled;
    user.send_emails = draft.send_emails;
    user.confirmed = draft.confirm;
    user.organization_admin = draft.organization_admin;
    user.created_at = now;
    user.updated_at = now;
    model.users.emplace(user.id, user);
    return user;
}

Result<Done> update_user(Model& model, Id user_id, const UserChanges& changes, TimeMs now) {
    const auto it = model.users.find(user_id);
    if (it == model.users.end()) return ApiError::not_found("User");
    User& user = it->second;
    if (changes.name) user.name = *changes.name;
    if (changes.image) user.image = *changes.image;
    if (changes.notes) user.notes = *changes.notes;
    if (changes.metadata) user.metadata = *changes.metadata;
    if (changes.access_enabled) user.access_enabled = *changes.access_enabled;
    if (changes.password_flow_enabled) user.password_flow_enabled = *changes.password_flow_enabled;
    user.updated_at = now;
    return Done{};
}

Result<Done> delete_user(Model& model, Id user_id) {
    const auto it = model.users.find(user_id);
    if (it == model.users.end()) return ApiError::not_found("User");
    if (it->second.organization_admin) {
        return ApiError::validation("base", "The organization's owner cannot be deleted");
    }
    std::erase_if(model.role_assignments,
                  [&](const auto& entry) { return entry.second.user_id == user_id; });
    std::erase_if(model.logins, [&](const auto& entry) { return entry.second.user_id == user_id; });
    model.users.erase(it);
    return Done{};
}

}  // namespace kisi::sandbox
