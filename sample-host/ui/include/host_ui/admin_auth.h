#pragma once

#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "host_ui/admin_credentials.h"
#include "host_ui/session_store.h"

namespace host::ui {

enum class AdminAccess {
    granted,
    unauthenticated,  // no live session: 401, or the login page for a browser
    forbidden         // a state-changing request without the session's CSRF token: 403
};

struct AccessCheck {
    AdminAccess access = AdminAccess::unauthenticated;
    std::optional<Session> session;
    std::string message;  // why access was refused
};

// The administrator's login: password check, session cookie and CSRF protection.
class AdminAuth {
  public:
    static constexpr const char* kCookieName = "host_admin_session";
    static constexpr const char* kCsrfHeader = "X-CSRF-Token";

    explicit AdminAuth(std::filesystem::path password_hash_file);

    // Chooses the admin password at startup; see AdminCredentials.
    PreparedPassword preparePassword(const PasswordPolicy& policy);

    std::optional<Session> login(std::string_view password);
    void logout(const Session& session);

    // The live session named by the request's cookie.
    std::optional<Session> sessionOf(const Poco::Net::HTTPRequest& request);

    // Whether the request may act as the administrator. Safe methods need a live session;
    // state-changing ones (POST, PUT, PATCH, DELETE) also need the session's CSRF token, in the
    // X-CSRF-Token header or as `form_token` (a form field the caller read), and must not come
    // from another origin.
    AccessCheck check(const Poco::Net::HTTPRequest& request, std::string_view form_token = {});

    static bool isStateChanging(const std::string& method);
    // False when the request names an Origin other than the host it was sent to.
    static bool sameOrigin(const Poco::Net::HTTPRequest& request);

    static void setSessionCookie(Poco::Net::HTTPServerResponse& response, const Session& session);
    static void clearSessionCookie(Poco::Net::HTTPServerResponse& response);

  private:
    AdminCredentials credentials_;
    SessionStore sessions_;
};

}  // namespace host::ui
