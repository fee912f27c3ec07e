// Login secrets. Kisi keeps at most 40 device logins per user (the least recently used go
// first) and refuses an 11th API login.
#pragma once

#include "core/api_error.h"
#include "store/model.h"

#include <optional>
#include <string>

namespace kisi::sandbox {

inline constexpr std::size_t max_device_logins_per_user = 40;
inline constexpr std::size_t max_api_logins_per_user = 10;

struct LoginDraft {
    Id user_id = 0;
    std::string type = "device";  // api | device
    std::optional<std::string> name;
    std::optional<std::string> device_brand;
    std::optional<std::string> device_model;
    std::optional<std::string> os_name;
    bool expire = true;
    std::string secret;  // empty: a random one
};

Result<Login> create_login(Model& model, LoginDraft draft, TimeMs now);

const Login* find_login_by_secret(const Model& model, const std::string& secret);

// Records that the login was just used (Kisi's last_used_at, which ranks device logins).
void mark_login_used(Model& model, Id login_id, TimeMs now);

}  // namespace kisi::sandbox
