#pragma once

#include <Poco/JSON/Array.h>

#include <vector>

#include <host/loader/plugin_manager.hpp>

namespace host::ui {

// What the admin pages know of each plugin: identity, state and reason, the settings pages
// and profile tabs it adds, and what it declares it sends off-site.
Poco::JSON::Array::Ptr pluginsJson(const std::vector<host::loader::PluginInfo>& plugins);

}  // namespace host::ui
