// The UI's request handlers, one function per route; AdminUi dispatches to them.
#pragma once

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include <string>

#include "host_ui/admin_auth.h"
#include "host_ui/host_data_reads.h"

namespace host::loader {
class PluginManager;
}

namespace host::ui {

using Request = Poco::Net::HTTPServerRequest;
using Response = Poco::Net::HTTPServerResponse;

// GET /assets/<name>: a file of sample-host/ui/assets.
void serveAsset(Request& request, Response& response, const std::string& name);

// GET /login, POST /login, POST /logout.
void showLogin(AdminAuth& auth, Request& request, Response& response);
void submitLogin(AdminAuth& auth, Request& request, Response& response);
void submitLogout(AdminAuth& auth, Request& request, Response& response);

// GET /admin/...: the page shell, or the login page for a visitor without a session.
void showAdminPage(AdminAuth& auth, Request& request, Response& response);

// GET /app: the parent and staff app (it signs in with an app token, not the admin session).
void showApp(Request& request, Response& response);

// GET /api/centers, /api/families[/{id}], /api/employees[/{id}], /api/plugins.
void serveAdminApi(AdminAuth& auth, HostDataReads& data, host::loader::PluginManager& plugins,
                   Request& request, Response& response);

}  // namespace host::ui
