#pragma once

#include <string>
#include <string_view>

namespace host::ui {

// PBKDF2-HMAC-SHA256 password hashes, encoded as "pbkdf2-sha256$<iterations>$<salt>$<hash>"
// (salt and hash in base64) so that the parameters travel with the hash.
std::string hashPassword(std::string_view password);

// True when `password` matches `encoded`; false for a wrong password or a malformed hash.
// Compares in constant time.
bool verifyPassword(std::string_view password, std::string_view encoded);

}  // namespace host::ui
