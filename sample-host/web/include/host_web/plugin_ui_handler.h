// The plugin UI API (the admin UI uses it too; admin session or QA bearer):
//  GET  /api/plugins/{plugin}/pages/{page}                   -> the page's UI document
//  POST /api/plugins/{plugin}/pages/{page}/actions/{action}  {"row": ..., "values": {...}}
//  GET  /api/employees/{id}/tabs/{plugin}/{tab}              -> the tab's UI document
//  POST /api/employees/{id}/tabs/{plugin}/{tab}              {"values": {...}}
// Pages and tabs must be declared in the plugin's manifest. The plugin's status maps to the
// HTTP status (see plugin_replies.h) and its JSON is the body.
#pragma once

#include <memory>

#include <host/loader/plugin_manager.hpp>

#include "host_data/store.h"
#include "host_web/guards.h"
#include "host_web/router.h"

namespace host::web {

class PluginUiHandler {
  public:
    PluginUiHandler(loader::PluginManager& plugins, std::shared_ptr<data::Store> store);
    void add_routes(Router& router, const Guards& guards);

  private:
    void render_page(Exchange& exchange, const Admin& admin);
    void run_action(Exchange& exchange, const Admin& admin);
    void render_tab(Exchange& exchange, const Admin& admin);
    void save_tab(Exchange& exchange, const Admin& admin);

    // The serving plugin's manifest, or a reply (404 unknown plugin, 503 not serving).
    std::optional<loader::Manifest> serving_manifest(Exchange& exchange);
    bool page_declared(Exchange& exchange);
    // The employee entity document for a declared tab, or a reply.
    std::optional<std::string> tab_entity(Exchange& exchange);

    loader::PluginManager& plugins_;
    std::shared_ptr<data::Store> store_;
};

}  // namespace host::web
