// The Kisi plugin's entry point: the class the host creates, and its export.
#include <sdk/export.hpp>
#include <sdk/plugin.hpp>

namespace kisi {

class KisiPlugin : public sdk::Plugin {
  public:
    using Plugin::Plugin;

    void activate() override { host().info("Kisi plugin activated"); }

    void deactivate() override { host().info("Kisi plugin deactivated"); }

    sdk::Reply health() override {
        sdk::json::Object report = sdk::json::object();
        report->set("status", "ok");
        report->set("message", "running");
        report->set("pending_work", 0);
        return sdk::Reply::ok(report);
    }

    // The manifest declares these features; the feature folders (plugin/ui, plugin/sync,
    // plugin/client) provide them. Until they are wired in, each answers "not supported"
    // with a message saying so, which the host shows instead of a page.
    sdk::Reply render_page(const std::string& page_id, const sdk::json::Object&) override {
        return not_built("settings page \"" + page_id + "\"");
    }
    sdk::Reply run_action(const std::string& page_id, const std::string& action_id,
                          const sdk::ActionRequest&) override {
        return not_built("action \"" + action_id + "\" of page \"" + page_id + "\"");
    }
    sdk::Reply render_tab(const std::string& tab_id, const sdk::json::Object&) override {
        return not_built("profile tab \"" + tab_id + "\"");
    }
    sdk::Reply save_tab(const std::string& tab_id, const sdk::json::Object&,
                        const sdk::ActionRequest&) override {
        return not_built("profile tab \"" + tab_id + "\"");
    }
    sdk::Reply handle_event(const sdk::json::Object&) override { return not_built("event sync"); }
    sdk::Reply list_doors(const sdk::json::Object&) override { return not_built("door access"); }
    sdk::Reply unlock_door(const sdk::json::Object&, const std::string&) override {
        return not_built("door access");
    }

  private:
    static sdk::Reply not_built(const std::string& feature) {
        return sdk::Reply::unsupported("the Kisi " + feature + " is not built into this version");
    }
};

}  // namespace kisi

HOST_PLUGIN_EXPORT(kisi::KisiPlugin)
