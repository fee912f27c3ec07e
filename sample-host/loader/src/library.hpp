// library.hpp: the checks and steps between a valid manifest and a created plugin instance,
// cheapest and safest first: integrity (sha256), entry symbol listed without loading,
// dlopen (never undone), handshake.
#pragma once

#include <host/loader/manifest.hpp>
#include <host/loader/plugin_state.hpp>

#include <host_api/host_plugin.h>

#include <filesystem>
#include <optional>
#include <string>

namespace host::loader {

class CrashMarker;

struct Refusal {
    PluginState state;
    std::string reason;
};

// The library's SHA-256 as lower-case hex; throws std::runtime_error when unreadable.
std::string sha256_of_file(const std::filesystem::path& file);

// The library exists and its hash equals the manifest's library.sha256.
std::optional<Refusal> check_integrity(const Manifest& manifest,
                                       const std::filesystem::path& library);

// The library exports this host's entry symbol in the plugin section; read from the file
// without loading it, so no plugin code runs.
std::optional<Refusal> check_entry_symbol(const std::filesystem::path& library);

struct Handshake {
    const hp_plugin_descriptor* descriptor = nullptr;
    hp_plugin_vtbl vtbl{};  // the plugin's table, in this host's layout (missing slots null)
};

// Loads the library (rtld_now | rtld_local; kept loaded for the life of the process), calls
// its entry point and checks the descriptor against the manifest: ABI version, id, version,
// embedded manifest, and a function for everything the manifest declares. Runs plugin code:
// call it under the plugin's crash marker, on the loader thread.
struct LoadOutcome {
    std::optional<Handshake> handshake;
    std::optional<Refusal> refusal;
};
LoadOutcome load_and_handshake(const Manifest& manifest, const std::filesystem::path& library,
                               CrashMarker& marker);

}  // namespace host::loader
