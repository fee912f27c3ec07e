#include <sdk/testing/plugin_harness.hpp>

#include <fstream>
#include <sstream>

namespace sdk::testing {

PluginHarness::PluginHarness(std::filesystem::path package_folder, HarnessOptions options)
    : package_folder_(std::move(package_folder)),
      options_(std::move(options)),
      temp_("plugin-harness"),
      data_root_(temp_.path() / "data"),
      host_(data_root_) {
    // Settings must be in place before the plugin is configured, so read its id first.
    std::ifstream manifest(package_folder_ / "manifest.json");
    std::stringstream text;
    text << manifest.rdbuf();
    auto parsed = host::loader::parse_manifest(text.str());
    if (parsed.manifest) host_.set_stored_settings(parsed.manifest->id, options_.settings_json);
    start();
}

PluginHarness::~PluginHarness() {
    if (manager_) manager_->shutdown();
}

void PluginHarness::start() {
    host::loader::ManagerOptions manager_options;
    manager_options.state_dir = temp_.path() / "state";
    manager_options.call_deadline = options_.call_deadline;
    manager_options.install_crash_handler = options_.install_crash_handler;
    manager_ = std::make_unique<host::loader::PluginManager>(host_, manager_options);
    id_ = manager_->load(package_folder_).id;
}

void PluginHarness::restart() {
    manager_->shutdown();
    manager_.reset();
    start();
}

host::loader::PluginInfo PluginHarness::info() const {
    auto info = manager_->find(id_);
    return info ? *info : host::loader::PluginInfo{};
}

bool PluginHarness::active() const {
    return info().state == host::loader::PluginState::active;
}

host::loader::CallResult PluginHarness::render_page(const std::string& page_id,
                                                    const std::string& context_json) {
    return manager_->render_page(id_, page_id, context_json);
}
host::loader::CallResult PluginHarness::run_action(const std::string& page_id,
                                                   const std::string& action_id,
                                                   const std::string& request_json) {
    return manager_->run_action(id_, page_id, action_id, request_json);
}
host::loader::CallResult PluginHarness::render_tab(const std::string& tab_id,
                                                   const std::string& entity_json) {
    return manager_->render_tab(id_, tab_id, entity_json);
}
host::loader::CallResult PluginHarness::save_tab(const std::string& tab_id,
                                                 const std::string& entity_json,
                                                 const std::string& request_json) {
    return manager_->save_tab(id_, tab_id, entity_json, request_json);
}
host::loader::CallResult PluginHarness::handle_event(const std::string& event_json) {
    return manager_->handle_event(id_, event_json);
}
host::loader::CallResult PluginHarness::list_doors(const std::string& person_json) {
    return manager_->list_doors(id_, person_json);
}
host::loader::CallResult PluginHarness::unlock_door(const std::string& person_json,
                                                    const std::string& door_id) {
    return manager_->unlock_door(id_, person_json, door_id);
}
host::loader::CallResult PluginHarness::health() {
    return manager_->health(id_);
}
host::loader::CallResult PluginHarness::configure(const std::string& settings_json) {
    return manager_->configure(id_, settings_json);
}

}  // namespace sdk::testing
