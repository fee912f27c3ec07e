// plugin.hpp: the base class of a plugin. Derive from it, override what your manifest
// declares, and export the class with HOST_PLUGIN_EXPORT (sdk/export.hpp):
//
//   class HelloPlugin : public sdk::Plugin {
//   public:
//       using Plugin::Plugin;
//       void activate() override { host().info("hello"); }
//       sdk::Reply health() override { return
//       sdk::Reply::ok(R"({"status":"ok","pending_work":0})"); }
//   };
//   HOST_PLUGIN_EXPORT(HelloPlugin)
//
// The host calls one instance from one serial strand, never concurrently, so the methods need
// no locking unless the plugin runs background threads of its own. A method may throw:
// sdk::Error answers its status, anything else answers HP_E_EXCEPTION with what() as the
// message (the host counts those as failures and may disable the plugin). Only the methods a
// class overrides are offered to the host; the others are reported as not implemented.
#pragma once

#include <sdk/host.hpp>
#include <sdk/json.hpp>
#include <sdk/reply.hpp>

#include <optional>
#include <string>

namespace sdk {

// The body of run_action and save_tab: {"row": <row id or null>, "values": {...}}.
struct ActionRequest {
    std::optional<std::string> row;  // the table row the action was run on
    json::Object values;             // never null

    static ActionRequest parse(const json::Object& request);
};

class Plugin {
  public:
    // [loader] Construct cheaply: no threads, no network; keep `host` only.
    explicit Plugin(Host host) : host_(host) {}
    virtual ~Plugin() = default;
    Plugin(const Plugin&) = delete;
    Plugin& operator=(const Plugin&) = delete;

    // [strand] The manifest settings (defaults filled in); before activate and on change.
    virtual void configure(const json::Object& settings);
    // [strand] Start: open storage, start background threads.
    virtual void activate();
    // [strand] Stop background threads; no host calls after it returns.
    virtual void deactivate();

    // [strand] A settings page (manifest "settings_pages") as a UI document (sdk/ui.hpp).
    virtual Reply render_page(const std::string& page_id, const json::Object& context);
    // [strand] An action of a settings page; answer with sdk::ActionResult.
    virtual Reply run_action(const std::string& page_id, const std::string& action_id,
                             const ActionRequest& request);
    // [strand] A profile tab (manifest "profile_tabs") for {"entity": ..., "id": ...}.
    virtual Reply render_tab(const std::string& tab_id, const json::Object& entity);
    virtual Reply save_tab(const std::string& tab_id, const json::Object& entity,
                           const ActionRequest& request);
    // [strand] A host event (manifest "events"); Reply::ok() acknowledges it.
    virtual Reply handle_event(const json::Object& event);
    // [strand] Doors (manifest capability "door_access").
    virtual Reply list_doors(const json::Object& person);
    virtual Reply unlock_door(const json::Object& person, const std::string& door_id);
    // [strand] {"status": "ok"|"degraded"|"quarantined", "message": ..., "pending_work": N}
    virtual Reply health();

  protected:
    const Host& host() const { return host_; }

  private:
    Host host_;
};

}  // namespace sdk
