#include "host_ui/replies.h"

#include <Poco/JSON/Stringifier.h>

#include <sstream>

namespace host::ui {

namespace {
void noStore(Poco::Net::HTTPServerResponse& response) {
    response.set("Cache-Control", "no-store");
    response.set("X-Content-Type-Options", "nosniff");
    response.set("Referrer-Policy", "same-origin");
}
}  // namespace

void sendHtml(Poco::Net::HTTPServerResponse& response, Poco::Net::HTTPResponse::HTTPStatus status,
              const std::string& html) {
    noStore(response);
    response.set("Content-Security-Policy",
                 "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                 "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
    response.set("X-Frame-Options", "DENY");
    response.setStatusAndReason(status);
    response.setContentType("text/html; charset=utf-8");
    response.setContentLength(static_cast<std::streamsize>(html.size()));
    response.send() << html;
}

void sendJson(Poco::Net::HTTPServerResponse& response, Poco::Net::HTTPResponse::HTTPStatus status,
              const Poco::Dynamic::Var& body) {
    std::ostringstream text;
    Poco::JSON::Stringifier::stringify(body, text);
    const std::string payload = text.str();
    noStore(response);
    response.setStatusAndReason(status);
    response.setContentType("application/json");
    response.setContentLength(static_cast<std::streamsize>(payload.size()));
    response.send() << payload;
}

void sendJsonError(Poco::Net::HTTPServerResponse& response,
                   Poco::Net::HTTPResponse::HTTPStatus status, const std::string& message) {
    Poco::JSON::Object::Ptr body = new Poco::JSON::Object;
    body->set("ok", false);
    body->set("message", message);
    sendJson(response, status, body);
}

void sendRedirect(Poco::Net::HTTPServerResponse& response, const std::string& location) {
    noStore(response);
    response.set("Location", location);
    response.setStatusAndReason(Poco::Net::HTTPResponse::HTTP_SEE_OTHER);
    response.setContentLength(0);
    response.send();
}

}  // namespace host::ui
