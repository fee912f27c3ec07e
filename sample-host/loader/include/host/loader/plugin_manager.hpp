// plugin_manager.hpp: loads plugins, runs each on its own serial strand, and contains their
// failures. The one class a host codes against.
//
//   MyServices services;                       // implements HostServices
//   PluginManager manager(services, {.host_version = "0.1.0", .state_dir = dir / "state"});
//   manager.load_all(dir / "plugins");
//   for (auto& p : manager.plugins()) log(p.id, to_string(p.state), p.reason);
//   CallResult page = manager.render_page("kisi", "settings", R"({"user": "admin"})");
//   ...
//   manager.shutdown();
//
// Every call wrapper is synchronous, thread-safe and never throws: a plugin that is not
// serving, is busy, times out, throws or answers malformed JSON yields a CallResult whose
// status is not HP_OK and whose message an administrator can act on.
#pragma once

#include <host/loader/host_services.hpp>
#include <host/loader/manifest.hpp>
#include <host/loader/plugin_state.hpp>

#include <host_api/host_plugin.h>

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace host::loader {

struct ManagerOptions {
    // This host's product version, checked against a manifest's min_host_version.
    std::string host_version = "0.1.0";
    // Where the manager keeps crash markers and persisted disabled states (created if needed).
    std::filesystem::path state_dir;
    // How long a plugin call (render_page, handle_event, ...) may run.
    std::chrono::milliseconds call_deadline{10000};
    // How long configure, activate and deactivate may run.
    std::chrono::milliseconds lifecycle_deadline{30000};
    // How long shutdown waits for each strand to finish its queued calls.
    std::chrono::milliseconds drain_deadline{5000};
    // Failures (timeouts, exceptions, malformed answers) within failure_window that disable
    // a plugin.
    int failure_threshold = 3;
    std::chrono::milliseconds failure_window{std::chrono::minutes(10)};
    // Calls that may wait on one plugin's strand; more fail fast as "busy".
    std::size_t queue_capacity = 64;
    // Record which plugin was running when the process dies of SIGSEGV, SIGBUS, SIGILL,
    // SIGFPE or SIGABRT, so that the next start disables it.
    bool install_crash_handler = true;
};

struct PluginInfo {
    std::string id;  // the manifest id, or the folder name when the manifest is unusable
    std::string name;
    std::string version;
    PluginState state = PluginState::invalid_manifest;
    std::string reason;  // why it is in this state, for the admin; empty when active
    std::filesystem::path folder;
    std::optional<Manifest> manifest;  // present when the manifest is valid
};

struct CallResult {
    hp_status status = HP_OK;
    std::string json;     // the plugin's answer (validated to parse); may be empty
    std::string message;  // why the call failed; empty on success

    bool ok() const { return status == HP_OK; }
};

class PluginManager {
  public:
    PluginManager(HostServices& services, ManagerOptions options);
    ~PluginManager();  // calls shutdown()
    PluginManager(const PluginManager&) = delete;
    PluginManager& operator=(const PluginManager&) = delete;

    // Loads every sub-folder of plugins_dir that holds a manifest.json, in name order. A
    // plugin that fails ends in a failure state with its reason; loading continues.
    void load_all(const std::filesystem::path& plugins_dir);
    // Loads one plugin folder (a folder with manifest.json and the library).
    PluginInfo load(const std::filesystem::path& plugin_folder);

    std::vector<PluginInfo> plugins() const;
    std::optional<PluginInfo> find(const std::string& id) const;

    // Ids of serving plugins whose manifest subscribes to `event_type`
    // (e.g. "contract.changed/1").
    std::vector<std::string> subscribers(const std::string& event_type) const;

    // Plugin entry points (see host_plugin.h for the documents they take and answer).
    CallResult render_page(const std::string& id, const std::string& page_id,
                           const std::string& context_json);
    CallResult run_action(const std::string& id, const std::string& page_id,
                          const std::string& action_id, const std::string& request_json);
    CallResult render_tab(const std::string& id, const std::string& tab_id,
                          const std::string& entity_json);
    CallResult save_tab(const std::string& id, const std::string& tab_id,
                        const std::string& entity_json, const std::string& request_json);
    CallResult handle_event(const std::string& id, const std::string& event_json);
    CallResult list_doors(const std::string& id, const std::string& person_json);
    CallResult unlock_door(const std::string& id, const std::string& person_json,
                           const std::string& door_id);
    CallResult health(const std::string& id);

    // Hands new settings to a serving plugin: validates `settings_json` against the
    // manifest's "settings" (HP_E_INVALID_ARGUMENT naming the field otherwise), fills in
    // defaults and calls configure. Hosts call it after storing changed settings.
    CallResult configure(const std::string& id, const std::string& settings_json);

    // Clears a disabled state (also the persisted one) and loads or resumes the plugin.
    // Answers the plugin's new state.
    PluginInfo enable(const std::string& id);

    // Stops accepting calls, drains each strand within drain_deadline, deactivates and
    // destroys every plugin. Libraries stay mapped. Idempotent.
    void shutdown();

  private:
    class Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace host::loader
