#include "host_ui/admin_ui.h"

#include <string>

#include "host_ui/replies.h"
#include "host_web/exchange.h"
#include "routes.h"

namespace host::ui {

namespace {

// Route functions write their own answer (HTML, redirects, cookies), not Exchange's JSON.
template <class Route>
host::web::Handler raw(Route route) {
    return [route = std::move(route)](host::web::Exchange& exchange) {
        route(exchange.request(), exchange.response());
    };
}

}  // namespace

AdminUi::AdminUi(AdminAuth& auth, HostDataReads& data, host::loader::PluginManager& plugins)
    : auth_(auth), data_(data), plugins_(plugins) {}

void AdminUi::addRoutes(host::web::Router& router) {
    router.add("GET", "/",
               raw([](Request&, Response& response) { sendRedirect(response, "/admin"); }));
    router.add("GET", "/assets/{name}", [](host::web::Exchange& exchange) {
        serveAsset(exchange.request(), exchange.response(), exchange.param("name"));
    });
    router.add("GET", "/login",
               raw([this](Request& rq, Response& rs) { showLogin(auth_, rq, rs); }));
    router.add("POST", "/login",
               raw([this](Request& rq, Response& rs) { submitLogin(auth_, rq, rs); }));
    router.add("POST", "/logout",
               raw([this](Request& rq, Response& rs) { submitLogout(auth_, rq, rs); }));
    // Admin pages nest up to /admin/employees/{id}/tabs/{plugin}/{tab}.
    std::string pattern = "/admin";
    for (int depth = 0; depth <= 5; ++depth) {
        router.add("GET", pattern,
                   raw([this](Request& rq, Response& rs) { showAdminPage(auth_, rq, rs); }));
        pattern += "/{p" + std::to_string(depth) + "}";
    }
    router.add("GET", "/app", raw([](Request& rq, Response& rs) { showApp(rq, rs); }));
    for (const char* path : {"/api/centers", "/api/families", "/api/families/{id}",
                             "/api/employees", "/api/employees/{id}", "/api/plugins"}) {
        router.add("GET", path, raw([this](Request& rq, Response& rs) {
                       serveAdminApi(auth_, data_, plugins_, rq, rs);
                   }));
    }
}

std::optional<host::web::Admin> AdminUi::adminCheck(const Poco::Net::HTTPRequest& request) {
    if (auth_.check(request).access != AdminAccess::granted) return std::nullopt;
    return host::web::Admin{"admin"};
}

std::optional<std::string> AdminUi::adminRefusal(const Poco::Net::HTTPRequest& request) {
    const auto access = auth_.check(request);
    if (access.access == AdminAccess::forbidden) return access.message;
    return std::nullopt;
}

}  // namespace host::ui
