#pragma once

#include <Poco/JSON/Object.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPServerResponse.h>

#include <string>
#include <string_view>

namespace host::ui {

// Writes an HTML page with the headers every admin page carries (no caching, no framing,
// scripts and styles from this host only).
void sendHtml(Poco::Net::HTTPServerResponse& response, Poco::Net::HTTPResponse::HTTPStatus status,
              const std::string& html);

// Writes a JSON answer (an object or an array).
void sendJson(Poco::Net::HTTPServerResponse& response, Poco::Net::HTTPResponse::HTTPStatus status,
              const Poco::Dynamic::Var& body);

// {"ok": false, "message": ...}
void sendJsonError(Poco::Net::HTTPServerResponse& response,
                   Poco::Net::HTTPResponse::HTTPStatus status, const std::string& message);

// 303 See Other to a path of this host.
void sendRedirect(Poco::Net::HTTPServerResponse& response, const std::string& location);

}  // namespace host::ui
