#pragma once

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequest.h>

#include "host_ui/admin_auth.h"
#include "host_ui/host_data_reads.h"

namespace host::loader {
class PluginManager;
}

namespace host::ui {

// The sample host's web UI: the admin login, the admin pages (whose content the browser
// draws from JSON APIs, plugin pages included, with the generic UI document renderer), the
// read APIs those pages need, the parent and staff app page, and their static assets.
//
// Routes: GET /, GET /assets/*, GET|POST /login, POST /logout, GET /admin[/...], GET /app,
// GET /api/centers, /api/families[/{id}], /api/employees[/{id}], /api/plugins.
// Other routes (the QA API, the plugin UI API, the app API) belong to the host's web server,
// which asks check() whether a request carries a valid admin session (and CSRF token).
class AdminUi {
  public:
    AdminUi(AdminAuth& auth, HostDataReads& data, host::loader::PluginManager& plugins);

    // A new handler when the request is one of the routes above, else nullptr. The caller
    // owns it (Poco::Net::HTTPRequestHandlerFactory's convention).
    Poco::Net::HTTPRequestHandler* handlerFor(const Poco::Net::HTTPServerRequest& request);

    // Admin access for the host's other admin routes (the plugin UI API).
    AccessCheck check(const Poco::Net::HTTPServerRequest& request) { return auth_.check(request); }

  private:
    AdminAuth& auth_;
    HostDataReads& data_;
    host::loader::PluginManager& plugins_;
};

}  // namespace host::ui
