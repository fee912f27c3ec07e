#include "auth/authenticator.h"

#include "store/logins.h"

#include <Poco/String.h>

namespace kisi::sandbox {

std::string Identity::label() const {
    switch (kind) {
        case Kind::anonymous:
            return "anonymous";
        case Kind::invalid:
            return "invalid";
        case Kind::admin:
            return "admin";
        case Kind::user:
            return "user";
    }
    return "invalid";
}

Identity authenticate(State& state, const std::string& authorization, TimeMs now) {
    Identity identity;
    if (Poco::trim(authorization).empty()) return identity;
    identity.kind = Identity::Kind::invalid;
    static const std::string scheme = "KISI-LOGIN ";
    if (authorization.size() <= scheme.size() ||
        Poco::icompare(authorization.substr(0, scheme.size()), scheme) != 0) {
        return identity;
    }
    const std::string secret = Poco::trim(authorization.substr(scheme.size()));
    return state.write([&](Model& model) {
        const Login* login = find_login_by_secret(model, secret);
        if (login == nullptr) return identity;
        const User* user = model.user(login->user_id);
        Identity found;
        found.kind = user->organization_admin ? Identity::Kind::admin : Identity::Kind::user;
        found.user_id = user->id;
        found.login_id = login->id;
        mark_login_used(model, login->id, now);
        return found;
    });
}

}  // namespace kisi::sandbox
