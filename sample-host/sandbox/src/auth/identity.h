// Who sent a request, as far as the sandbox could tell from its Authorization header.
#pragma once

#include "store/records.h"

#include <string>

namespace kisi::sandbox {

struct Identity {
    enum class Kind {
        anonymous,  // no Authorization header
        invalid,    // a header that is not `KISI-LOGIN <secret>` of an existing login
        admin,      // a login of the organization admin (the API key)
        user,       // a login of another user, e.g. a device login made on a user's behalf
    };
    Kind kind = Kind::anonymous;
    Id user_id = 0;
    Id login_id = 0;

    bool authenticated() const { return kind == Kind::admin || kind == Kind::user; }
    // "admin", "user", "anonymous" or "invalid": for the request log (never the secret).
    std::string label() const;
};

}  // namespace kisi::sandbox
