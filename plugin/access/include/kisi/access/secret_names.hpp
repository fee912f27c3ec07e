#pragma once

#include "kisi/store/person.hpp"

#include <string>
#include <string_view>

// Names under which the plugin keeps credentials in the host's secret service (never in its
// own database).
namespace kisi::access {

// The Kisi organization administrator's API key.
inline constexpr std::string_view api_key_secret = "kisi.api_key";

// The secret of the Kisi login created on a person's behalf, e.g. "kisi.login.adult.5".
std::string login_secret_name(const store::PersonRef& person);

}  // namespace kisi::access
