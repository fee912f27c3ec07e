// plugin_harness.hpp: drives one packaged plugin through the real C ABI and the real plugin
// manager (manifest checks, strand, deadlines), with FakeHost services, for plugin tests.
//
//   sdk::testing::PluginHarness harness(KISI_PLUGIN_DIR);   // build/plugins/kisi
//   ASSERT_TRUE(harness.active()) << harness.info().reason;
//   harness.host().set_now_ms(...);
//   auto page = harness.render_page("settings");
//   EXPECT_TRUE(page.ok()) << page.message;
#pragma once

#include <sdk/testing/fake_host.hpp>
#include <sdk/testing/temp_dir.hpp>

#include <host/loader/plugin_manager.hpp>

#include <filesystem>
#include <memory>
#include <string>

namespace sdk::testing {

struct HarnessOptions {
    // Settings the fake host hands to configure (a JSON object); manifest defaults fill gaps.
    std::string settings_json = "{}";
    std::chrono::milliseconds call_deadline{10000};
    bool install_crash_handler = false;
};

class PluginHarness {
  public:
    // Loads, creates, configures and activates the plugin in `package_folder` (a folder
    // holding manifest.json and the library, as add_host_plugin packages it).
    explicit PluginHarness(std::filesystem::path package_folder, HarnessOptions options = {});
    ~PluginHarness();
    PluginHarness(const PluginHarness&) = delete;
    PluginHarness& operator=(const PluginHarness&) = delete;

    const std::string& id() const { return id_; }
    host::loader::PluginInfo info() const;
    bool active() const;
    FakeHost& host() { return host_; }
    host::loader::PluginManager& manager() { return *manager_; }
    // The folder under which the fake host creates plugin data directories.
    const std::filesystem::path& data_root() const { return data_root_; }

    // The plugin's entry points, for this plugin.
    host::loader::CallResult render_page(const std::string& page_id,
                                         const std::string& context_json = "{}");
    host::loader::CallResult run_action(const std::string& page_id, const std::string& action_id,
                                        const std::string& request_json = R"({"values":{}})");
    host::loader::CallResult render_tab(const std::string& tab_id, const std::string& entity_json);
    host::loader::CallResult save_tab(const std::string& tab_id, const std::string& entity_json,
                                      const std::string& request_json);
    host::loader::CallResult handle_event(const std::string& event_json);
    host::loader::CallResult list_doors(const std::string& person_json);
    host::loader::CallResult unlock_door(const std::string& person_json,
                                         const std::string& door_id);
    host::loader::CallResult health();
    host::loader::CallResult configure(const std::string& settings_json);

    // Shuts the plugin down (deactivate, destroy) and loads it again with the same data,
    // secrets and clock: a host restart.
    void restart();

  private:
    void start();

    std::filesystem::path package_folder_;
    HarnessOptions options_;
    TempDir temp_;
    std::filesystem::path data_root_;
    FakeHost host_;
    std::unique_ptr<host::loader::PluginManager> manager_;
    std::string id_;
};

}  // namespace sdk::testing
