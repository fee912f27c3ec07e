#pragma once

#include <Poco/Net/HTTPRequest.h>

#include <optional>

#include "host_ui/admin_auth.h"
#include "host_ui/host_data_reads.h"
#include "host_web/authenticator.h"
#include "host_web/router.h"

namespace host::loader {
class PluginManager;
}

namespace host::ui {

// The sample host's web UI: the admin login, the admin pages (whose content the browser
// draws from JSON APIs, plugin pages included, with the generic UI document renderer), the
// read APIs those pages need, the parent and staff app page, and their static assets.
//
// Routes: GET /, GET /assets/{name}, GET|POST /login, POST /logout, GET /admin[/...],
// GET /app, GET /api/centers, /api/families[/{id}], /api/employees[/{id}], /api/plugins.
// The host's other admin routes (the plugin UI API) accept the admin session through
// adminCheck() and refuse a session request without its CSRF token through adminRefusal().
class AdminUi {
  public:
    AdminUi(AdminAuth& auth, HostDataReads& data, host::loader::PluginManager& plugins);

    void addRoutes(host::web::Router& router);

    // For host::web::Authenticator: the admin a request's session speaks for, when the session
    // is live and, for a state-changing request, the CSRF token is right.
    std::optional<host::web::Admin> adminCheck(const Poco::Net::HTTPRequest& request);
    // Why a request that carries a live session must be refused (403): a state-changing request
    // without the session's CSRF token or from another origin. Nothing otherwise.
    std::optional<std::string> adminRefusal(const Poco::Net::HTTPRequest& request);

  private:
    AdminAuth& auth_;
    HostDataReads& data_;
    host::loader::PluginManager& plugins_;
};

}  // namespace host::ui
