// Users of the organization: unique by case-insensitive email; deleting one removes their
// role assignments and logins.
#pragma once

#include "core/api_error.h"
#include "store/model.h"

#include <optional>
#include <string>

namespace kisi::sandbox {

struct UserDraft {
    std::string email;
    std::string name;
    std::optional<std::string> image;
    std::optional<std::string> notes;
    Metadata metadata;
    bool access_enabled = true;
    bool password_flow_enabled = false;
    bool send_emails = true;  // Kisi's default: omitted means the user gets emails
    bool confirm = false;
    bool organization_admin = false;
};

// Fields an update may change; for nullable fields an inner nullopt clears the value.
struct UserChanges {
    std::optional<std::string> name;
    std::optional<std::optional<std::string>> image;
    std::optional<std::optional<std::string>> notes;
    std::optional<Metadata> metadata;
    std::optional<bool> access_enabled;
    std::optional<bool> password_flow_enabled;
};

std::string normalize_email(const std::string& email);
bool is_valid_email(const std::string& email);

const User* find_user_by_email(const Model& model, const std::string& email);

Result<User> create_user(Model& model, UserDraft draft, TimeMs now);
Result<Done> update_user(Model& model, Id user_id, const UserChanges& changes, TimeMs now);
Result<Done> delete_user(Model& model, Id user_id);

}  // namespace kisi::sandbox
