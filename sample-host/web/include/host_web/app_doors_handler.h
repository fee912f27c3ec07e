// The parent/staff app API (app token):
//  GET  /app/doors              -> [{"id", "name", "place", "center"}] from every serving plugin
//                                  with the "door_access" capability
//  POST /app/doors/{id}/unlock  -> 200 opened; 403 not entitled now; 502/503 with the reason
//                                  when the lock service refused or could not be reached
#pragma once

#include <string>
#include <vector>

#include <host/loader/plugin_manager.hpp>

#include "host_web/guards.h"
#include "host_web/router.h"

namespace host::web {

class AppDoorsHandler {
  public:
    explicit AppDoorsHandler(loader::PluginManager& plugins);
    void add_routes(Router& router, const Guards& guards);

  private:
    void list(Exchange& exchange, const data::AppPerson& person);
    void unlock(Exchange& exchange, const data::AppPerson& person);
    std::vector<std::string> door_plugins() const;

    loader::PluginManager& plugins_;
};

}  // namespace host::web
