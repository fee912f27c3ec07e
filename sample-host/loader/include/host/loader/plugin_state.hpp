// plugin_state.hpp: where a plugin stands, as the admin UI shows it.
#pragma once

#include <string_view>

namespace host::loader {

enum class PluginState {
    invalid_manifest,    // manifest.json missing, unparseable or violating the schema
    incompatible,        // host API or host version gate failed
    integrity_failed,    // library hash or embedded manifest differs from manifest.json
    failed_to_load,      // the library could not be loaded or is not a valid plugin
    failed_to_activate,  // create, configure or activate failed
    active,              // serving
    degraded,            // serving, but a recent call failed or timed out
    disabled,            // not serving: repeated failures, a crash, or the admin
    stopped              // deactivated by a clean shutdown
};

// The state's name as used in logs, JSON and the admin UI ("failed_to_activate", ...).
std::string_view to_string(PluginState state);

// True for the states in which the plugin's entry points may be called.
constexpr bool is_serving(PluginState state) {
    return state == PluginState::active || state == PluginState::degraded;
}

}  // namespace host::loader
