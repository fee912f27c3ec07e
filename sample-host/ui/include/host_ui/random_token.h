#pragma once

#include <cstddef>
#include <string>

namespace host::ui {

// `bytes` bytes from the system's cryptographic random source, base64url-encoded without
// padding: session ids, CSRF tokens, generated passwords.
std::string randomToken(std::size_t bytes);

// Equality that takes the same time wherever the inputs differ (for secrets).
bool constantTimeEquals(std::string_view a, std::string_view b);

}  // namespace host::ui
