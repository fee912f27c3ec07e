#include <Poco/Net/HTMLForm.h>
#include <Poco/URI.h>

#include "host_ui/page_template.h"
#include "host_ui/replies.h"
#include "routes.h"

namespace host::ui {

namespace {

// Only paths of the admin UI may be the target after signing in (no open redirect).
std::string safeNext(const std::string& next) {
    if (next.starts_with("/admin") && next.find("//") == std::string::npos &&
        next.find('\\') == std::string::npos) {
        return next;
    }
    return "/admin";
}

void sendLoginPage(Response& response, Poco::Net::HTTPResponse::HTTPStatus status,
                   const std::string& next, const std::string& error) {
    std::string errorHtml;
    if (!error.empty()) {
        errorHtml = "<div class=\"notice error\" role=\"alert\">" + htmlEscape(error) + "</div>";
    }
    sendHtml(response, status,
             renderTemplate("login.html", {{"next", htmlEscape(next)}, {"error", errorHtml}}));
}

}  // namespace

void showLogin(AdminAuth& auth, Request& request, Response& response) {
    Poco::Net::HTMLForm query(request);
    const std::string next = safeNext(query.get("next", "/admin"));
    if (auth.sessionOf(request)) {
        sendRedirect(response, next);
        return;
    }
    sendLoginPage(response, Poco::Net::HTTPResponse::HTTP_OK, next, "");
}

void submitLogin(AdminAuth& auth, Request& request, Response& response) {
    Poco::Net::HTMLForm form(request, request.stream());
    const std::string next = safeNext(form.get("next", "/admin"));
    if (!AdminAuth::sameOrigin(request)) {
        sendLoginPage(response, Poco::Net::HTTPResponse::HTTP_FORBIDDEN, next,
                      "Sign-in requests from another site are refused.");
        return;
    }
    const auto session = auth.login(form.get("password", ""));
    if (!session) {
        sendLoginPage(response, Poco::Net::HTTPResponse::HTTP_UNAUTHORIZED, next,
                      "That password is not correct.");
        return;
    }
    AdminAuth::setSessionCookie(response, *session);
    sendRedirect(response, next);
}

void submitLogout(AdminAuth& auth, Request& request, Response& response) {
    Poco::Net::HTMLForm form(request, request.stream());
    const auto access = auth.check(request, form.get("csrf_token", ""));
    if (access.access == AdminAccess::forbidden) {
        sendHtml(response, Poco::Net::HTTPResponse::HTTP_FORBIDDEN,
                 "<!doctype html><title>Refused</title><p>" + htmlEscape(access.message) + "</p>");
        return;
    }
    if (access.session) auth.logout(*access.session);
    AdminAuth::clearSessionCookie(response);
    sendRedirect(response, "/login");
}

}  // namespace host::ui
