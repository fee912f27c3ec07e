// Random login secrets (API keys).
#pragma once

#include <string>

namespace kisi::sandbox {

// 40 hex characters from the system's secure random source.
std::string random_secret();

}  // namespace kisi::sandbox
