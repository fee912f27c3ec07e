#include "host_ui/admin_auth.h"

#include <Poco/Net/HTTPCookie.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/NameValueCollection.h>

#include "host_ui/random_token.h"

namespace host::ui {

using Poco::Net::HTTPRequest;

AdminAuth::AdminAuth(std::filesystem::path password_hash_file)
    : credentials_(std::move(password_hash_file)) {}

PreparedPassword AdminAuth::preparePassword(const PasswordPolicy& policy) {
    return credentials_.prepare(policy);
}

std::optional<Session> AdminAuth::login(std::string_view password) {
    if (!credentials_.verify(password)) return std::nullopt;
    return sessions_.create();
}

void AdminAuth::logout(const Session& session) {
    sessions_.remove(session.id);
}

std::optional<Session> AdminAuth::sessionOf(const Poco::Net::HTTPRequest& request) {
    Poco::Net::NameValueCollection cookies;
    request.getCookies(cookies);
    const std::string id = cookies.get(kCookieName, "");
    if (id.empty()) return std::nullopt;
    return sessions_.find(id);
}

AccessCheck AdminAuth::check(const Poco::Net::HTTPRequest& request, std::string_view form_token) {
    auto session = sessionOf(request);
    if (!session) {
        return {AdminAccess::unauthenticated, std::nullopt,
                "Sign in as the administrator first (your session may have expired)."};
    }
    if (isStateChanging(request.getMethod())) {
        const std::string header = request.get(kCsrfHeader, "");
        const std::string_view token = header.empty() ? form_token : std::string_view(header);
        if (token.empty() || !constantTimeEquals(token, session->csrf_token)) {
            return {AdminAccess::forbidden, std::nullopt,
                    "This request lacks a valid CSRF token. Reload the page and try again."};
        }
        if (!sameOrigin(request)) {
            return {AdminAccess::forbidden, std::nullopt,
                    "Requests from another site are refused."};
        }
    }
    return {AdminAccess::granted, std::move(session), ""};
}

bool AdminAuth::isStateChanging(const std::string& method) {
    return method != HTTPRequest::HTTP_GET && method != HTTPRequest::HTTP_HEAD &&
           method != HTTPRequest::HTTP_OPTIONS;
}

bool AdminAuth::sameOrigin(const Poco::Net::HTTPRequest& request) {
    const std::string origin = request.get("Origin", "");
    if (origin.empty()) return true;  // non-browser clients and same-origin GET navigations
    const std::string host = request.getHost();
    return origin == "http://" + host || origin == "https://" + host;
}

void AdminAuth::setSessionCookie(Poco::Net::HTTPServerResponse& response, const Session& session) {
    Poco::Net::HTTPCookie cookie(kCookieName, session.id);
    cookie.setPath("/");
    cookie.setHttpOnly(true);
    cookie.setSameSite(Poco::Net::HTTPCookie::SAME_SITE_STRICT);
    response.addCookie(cookie);
}

void AdminAuth::clearSessionCookie(Poco::Net::HTTPServerResponse& response) {
    Poco::Net::HTTPCookie cookie(kCookieName, "");
    cookie.setPath("/");
    cookie.setHttpOnly(true);
    cookie.setSameSite(Poco::Net::HTTPCookie::SAME_SITE_STRICT);
    cookie.setMaxAge(0);
    response.addCookie(cookie);
}

}  // namespace host::ui
