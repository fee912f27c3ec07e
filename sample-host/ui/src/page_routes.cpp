#include <Poco/URI.h>

#include "host_ui/admin_pages.h"
#include "host_ui/page_template.h"
#include "host_ui/replies.h"
#include "routes.h"

namespace host::ui {

void showAdminPage(AdminAuth& auth, Request& request, Response& response) {
    const std::string path = Poco::URI(request.getURI()).getPath();
    const auto session = auth.sessionOf(request);
    if (!session) {
        std::string next;
        Poco::URI::encode(path, "&=?#+", next);
        sendRedirect(response, "/login?next=" + next);
        return;
    }
    if (const auto target = adminRedirect(path)) {
        sendRedirect(response, *target);
        return;
    }
    const auto page = resolveAdminPage(path);
    if (!page) {
        AdminPage missing;
        missing.page = "missing";
        missing.title = "Page not found";
        sendHtml(response, Poco::Net::HTTPResponse::HTTP_NOT_FOUND,
                 renderAdminPage(missing, *session));
        return;
    }
    sendHtml(response, Poco::Net::HTTPResponse::HTTP_OK, renderAdminPage(*page, *session));
}

void showApp(Request&, Response& response) {
    sendHtml(response, Poco::Net::HTTPResponse::HTTP_OK, renderTemplate("app.html", {}));
}

}  // namespace host::ui
