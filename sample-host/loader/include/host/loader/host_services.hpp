// host_services.hpp: what a host application provides to its plugins.
//
// The plugin manager turns the C services table of host_plugin.h into calls on this interface.
// A host implements it once (storage, clock, directory); the manager adds the plugin id to
// every call so that one implementation serves all plugins.
//
// Threading: every method may be called from any thread (plugin strands and plugins' own
// background threads), concurrently. Implementations must be thread-safe and should not
// block for long. An exception thrown here never reaches plugin code: the manager logs it and
// answers the plugin HP_E_INTERNAL.
#pragma once

#include <host_api/host_plugin.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace host::loader {

// A status plus a JSON answer, for services that answer documents.
struct ServiceAnswer {
    hp_status status = HP_OK;
    std::string json;
};

class HostServices {
  public:
    virtual ~HostServices() = default;

    // A line for the host's log. The manager also reports here: plugin state changes under
    // the plugin's id, and its own problems with an empty plugin_id.
    virtual void log(const std::string& plugin_id, hp_log_level level,
                     const std::string& message) = 0;

    // The plugin's private data directory. The host creates it if needed.
    virtual std::filesystem::path data_dir(const std::string& plugin_id) = 0;

    // Secret storage, scoped per plugin. secret_get answers nullopt when the key is not set.
    virtual std::optional<std::string> secret_get(const std::string& plugin_id,
                                                  const std::string& key) = 0;
    virtual hp_status secret_set(const std::string& plugin_id, const std::string& key,
                                 const std::string& value) = 0;
    // Deleting a key that is not set is not an error (HP_OK).
    virtual hp_status secret_delete(const std::string& plugin_id, const std::string& key) = 0;

    // The host's clock (possibly simulated), in milliseconds since the Unix epoch.
    virtual std::int64_t now_ms() = 0;

    // Answers a directory request (host-api/schemas/directory.schema.json).
    virtual ServiceAnswer directory_query(const std::string& plugin_id,
                                          const std::string& query_json) = 0;

    // An alert for the host's administrators.
    virtual void alert(const std::string& plugin_id, hp_log_level level,
                       const std::string& message) = 0;

    // The settings an administrator stored for this plugin: a JSON object of key -> value
    // for the manifest's "settings" (secret-typed settings excluded; plugins read those
    // through secret_get). The manager fills in manifest defaults for missing keys before
    // calling the plugin's configure. "{}" when nothing is stored.
    virtual std::string stored_settings(const std::string& plugin_id) = 0;
};

}  // namespace host::loader
