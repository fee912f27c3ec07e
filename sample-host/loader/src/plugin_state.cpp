#include <host/loader/plugin_state.hpp>

namespace host::loader {

std::string_view to_string(PluginState state) {
    switch (state) {
        case PluginState::invalid_manifest:
            return "invalid_manifest";
        case PluginState::incompatible:
            return "incompatible";
        case PluginState::integrity_failed:
            return "integrity_failed";
        case PluginState::failed_to_load:
            return "failed_to_load";
        case PluginState::failed_to_activate:
            return "failed_to_activate";
        case PluginState::active:
            return "active";
        case PluginState::degraded:
            return "degraded";
        case PluginState::disabled:
            return "disabled";
        case PluginState::stopped:
            return "stopped";
    }
    return "unknown";
}

}  // namespace host::loader
