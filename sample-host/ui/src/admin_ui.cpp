#include "host_ui/admin_ui.h"

#include <Poco/Net/HTTPRequest.h>
#include <Poco/StringTokenizer.h>
#include <Poco/URI.h>

#include <functional>
#include <set>

#include "host_ui/replies.h"
#include "routes.h"

namespace host::ui {

namespace {

class RouteHandler : public Poco::Net::HTTPRequestHandler {
  public:
    using Route = std::function<void(Request&, Response&)>;
    explicit RouteHandler(Route route) : route_(std::move(route)) {}
    void handleRequest(Request& request, Response& response) override { route_(request, response); }

  private:
    Route route_;
};

std::vector<std::string> segments(const std::string& path) {
    Poco::StringTokenizer tokens(path, "/", Poco::StringTokenizer::TOK_IGNORE_EMPTY);
    return {tokens.begin(), tokens.end()};
}

bool isAdminApi(const std::vector<std::string>& parts) {
    static const std::set<std::string> lists{"centers", "families", "employees", "plugins"};
    static const std::set<std::string> items{"families", "employees"};
    if (parts.empty() || parts[0] != "api") return false;
    return (parts.size() == 2 && lists.contains(parts[1])) ||
           (parts.size() == 3 && items.contains(parts[1]));
}

}  // namespace

AdminUi::AdminUi(AdminAuth& auth, HostDataReads& data, host::loader::PluginManager& plugins)
    : auth_(auth), data_(data), plugins_(plugins) {}

Poco::Net::HTTPRequestHandler* AdminUi::handlerFor(const Poco::Net::HTTPServerRequest& request) {
    using Poco::Net::HTTPRequest;
    const std::string& method = request.getMethod();
    const bool read = method == HTTPRequest::HTTP_GET || method == HTTPRequest::HTTP_HEAD;
    const bool post = method == HTTPRequest::HTTP_POST;
    const auto parts = segments(Poco::URI(request.getURI()).getPath());
    auto handler = [](RouteHandler::Route route) { return new RouteHandler(std::move(route)); };

    if (parts.empty() && read) {
        return handler([](Request&, Response& response) { sendRedirect(response, "/admin"); });
    }
    if (parts.empty()) return nullptr;
    const std::string& first = parts[0];
    if (first == "assets" && parts.size() == 2 && read) {
        const std::string name = parts[1];
        return handler([name](Request& rq, Response& rs) { serveAsset(rq, rs, name); });
    }
    if (first == "login" && parts.size() == 1 && (read || post)) {
        if (post) return handler([this](Request& rq, Response& rs) { submitLogin(auth_, rq, rs); });
        return handler([this](Request& rq, Response& rs) { showLogin(auth_, rq, rs); });
    }
    if (first == "logout" && parts.size() == 1 && post) {
        return handler([this](Request& rq, Response& rs) { submitLogout(auth_, rq, rs); });
    }
    if (first == "admin" && read) {
        return handler([this](Request& rq, Response& rs) { showAdminPage(auth_, rq, rs); });
    }
    if (first == "app" && parts.size() == 1 && read) {
        return handler([](Request& rq, Response& rs) { showApp(rq, rs); });
    }
    if (isAdminApi(parts) && read) {
        return handler(
            [this](Request& rq, Response& rs) { serveAdminApi(auth_, data_, plugins_, rq, rs); });
    }
    return nullptr;
}

}  // namespace host::ui
