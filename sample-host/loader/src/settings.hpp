// settings.hpp: values of the manifest's "settings", checked against their declaration.
#pragma once

#include <host/loader/manifest.hpp>

#include <Poco/Dynamic/Var.h>
#include <Poco/JSON/Object.h>

#include <map>
#include <optional>
#include <string>

namespace host::loader {

inline constexpr const char* setting_types[] = {"bool", "integer", "number", "text",
                                                "url",  "email",   "select", "secret"};

// Why `value` is not acceptable for `spec` (worded for the admin), or nullopt when it is.
std::optional<std::string> check_setting_value(const SettingSpec& spec,
                                               const Poco::Dynamic::Var& value);

// What configure() receives: every non-secret setting with its value from `stored` when
// acceptable, otherwise its default (settings without either are left out). Unacceptable
// stored values are listed in `rejected` (key -> reason).
Poco::JSON::Object::Ptr effective_settings(const Manifest& manifest,
                                           const Poco::JSON::Object::Ptr& stored,
                                           std::map<std::string, std::string>& rejected);

}  // namespace host::loader
