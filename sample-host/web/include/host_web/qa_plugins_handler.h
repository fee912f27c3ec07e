// QA API, plugins:
//  GET /qa/plugins -> [{"id","name","version","state","reason","events","capabilities",
//                       "undelivered_events"}]
//  POST /qa/plugins/{id}/settle {"timeout_ms": N} -> 200 {"settled": true, "pending_work": 0,
//       "undelivered_events": 0} once the host has delivered every event the plugin subscribes
//       to and the plugin reports no pending work; 504 with the same fields (and "error") when
//       that does not happen within timeout_ms (default 10000); 404 for an unknown plugin;
//       409 for a plugin that is not serving.
#pragma once

#include <memory>

#include <host/loader/plugin_manager.hpp>

#include "host_data/event_dispatcher.h"
#include "host_web/guards.h"
#include "host_web/router.h"

namespace host::web {

class QaPluginsHandler {
  public:
    QaPluginsHandler(loader::PluginManager& plugins,
                     std::shared_ptr<data::EventDispatcher> dispatcher);
    void add_routes(Router& router, const Guards& guards);

  private:
    void list(Exchange& exchange);
    void settle(Exchange& exchange);

    loader::PluginManager& plugins_;
    std::shared_ptr<data::EventDispatcher> dispatcher_;
};

}  // namespace host::web
