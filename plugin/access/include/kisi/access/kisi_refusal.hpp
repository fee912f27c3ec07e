#pragma once

#include <kisi/client/error.h>
#include <sdk/result.hpp>

#include <string_view>

namespace kisi::access {

// Turns a Kisi client error into the status the host maps to HTTP (HP_E_UNAVAILABLE when Kisi
// could not be reached or is busy, HP_E_UPSTREAM when it refused or failed) and a message an
// administrator can act on. `doing` names the attempted step: "reading the places".
sdk::Status kisi_refusal(const client::Error& error, std::string_view doing);

// Kisi's own words for an error: its message plus any per-field messages.
std::string kisi_reason(const client::Error& error);

}  // namespace kisi::access
