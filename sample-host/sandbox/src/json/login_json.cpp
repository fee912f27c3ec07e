#include "json/login_json.h"

#include "json/json_util.h"
#include "json/user_json.h"

namespace kisi::sandbox::json {
namespace {

// The deprecated {name, version}-style sub-objects the description still requires.
Poco::JSON::Object::Ptr pair(const char* first, const Poco::Dynamic::Var& first_value,
                             const char* second, const Poco::Dynamic::Var& second_value) {
    auto out = object();
    out->set(first, first_value);
    out->set(second, second_value);
    return out;
}

}  // namespace

Poco::JSON::Object::Ptr login(const Model& model, const Login& login) {
    const User& user = *model.user(login.user_id);
    auto out = object();
    out->set("id", login.id);
    out->set("created_at", timestamp(login.created_at));
    out->set("updated_at", timestamp(login.updated_at));
    out->set("type", login.type);
    out->set("name", nullable(login.name));
    out->set("primary", false);
    out->set("expire", login.expire);
    out->set("last_used_at", nullable_timestamp(login.last_used_at));
    out->set("device_brand", nullable(login.device_brand));
    out->set("device_model", nullable(login.device_model));
    out->set("os_name", nullable(login.os_name));
    out->set("user_id", user.id);
    out->set("user", user_reference(user));
    out->set("app", pair("name", null(), "version", null()));
    out->set("user_agent", pair("name", null(), "version", null()));
    out->set("device",
             pair("brand", nullable(login.device_brand), "model", nullable(login.device_model)));
    out->set("os", pair("name", nullable(login.os_name), "version", null()));
    out->set("scram_credentials", null());
    out->set("secret", login.secret);
    // The deprecated name of the same secret.
    out->set("authentication_token", login.secret);
    out->set("has_primary_device", false);
    out->set("email", user.email);
    out->set("notifications_unread_count", 0);
    out->set("otp_required_for_login", false);
    out->set("otp_enabled_at", null());
    out->set("image", nullable(user.image));
    out->set("primary_login_exists", false);
    return out;
}

}  // namespace kisi::sandbox::json
