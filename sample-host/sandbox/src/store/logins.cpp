#include "store/logins.h"

#include "core/secrets.h"

namespace kisi::sandbox {
namespace {

std::size_t count_logins(const Model& model, Id user_id, const std::string& type) {
    std::size_t count = 0;
    for (const auto& [id, login] : model.logins) {
        count += login.user_id == user_id && login.type == type ? 1 : 0;
    }
    return count;
}

void drop_least_recently_used_device_login(Model& model, Id user_id) {
    auto oldest = model.logins.end();
    const auto recency = [](const Login& login) {
        return login.last_used_at.value_or(login.created_at);
    };
    for (auto it = model.logins.begin(); it != model.logins.end(); ++it) {
        if (it->second.user_id != user_id || it->second.type != "device") continue;
        if (oldest == model.logins.end() || recency(it->second) < recency(oldest->second)) {
            oldest = it;
        }
    }
    if (oldest != model.logins.end()) model.logins.erase(oldest);
}

}  // namespace

Result<Login> create_login(Model& model, LoginDraft draft, TimeMs now) {
    if (model.user(draft.user_id) == nullptr) return ApiError::not_found("User");
    if (draft.type == "api" &&
        count_logins(model, draft.user_id, "api") >= max_api_logins_per_user) {
        return ApiError::forbidden("The user already has the maximum of 10 API logins.");
    }
    if (draft.type == "device") {
        while (count_logins(model, draft.user_id, "device") >= max_device_logins_per_user) {
            drop_least_recently_used_device_login(model, draft.user_id);
        }
    }
    Login login;
    login.id = model.next_login_id();
    login.user_id = draft.user_id;
    login.secret = draft.secret.empty() ? random_secret() : std::move(draft.secret);
    login.type = std::move(draft.type);
    login.name = std::move(draft.name);
    login.device_brand = std::move(draft.device_brand);
    login.device_model = std::move(draft.device_model);
    login.os_name = std::move(draft.os_name);
    login.expire = draft.expire;
    login.created_at = now;
    login.updated_at = now;
    model.logins.emplace(login.id, login);
    return login;
}

const Login* find_login_by_secret(const Model& model, const std::string& secret) {
    for (const auto& [id, login] : model.logins) {
        if (login.secret == secret) return &login;
    }
    return nullptr;
}

void mark_login_used(Model& model, Id login_id, TimeMs now) {
    const auto it = model.logins.find(login_id);
    if (it != model.logins.end()) it->second.last_used_at = now;
}

}  // namespace kisi::sandbox
