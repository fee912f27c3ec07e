// A request and its answer, independent of the HTTP server library.
#pragma once

#include "core/api_error.h"
#include "store/records.h"

#include <Poco/Dynamic/Var.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace kisi::sandbox {

struct ApiRequest {
    std::string method;
    std::string path;   // decoded, without the query
    std::string query;  // raw query string, for the request log
    std::vector<std::pair<std::string, std::string>> parameters;  // decoded query parameters
    std::string body;
    std::string authorization;
    std::string integration_identifier;  // X-Kisi-Integration-Identifier
    std::string integration_contact;     // X-Kisi-Integration-Contact
    std::string peer_address;
    bool peer_is_loopback = false;
    std::optional<Id> id;  // the {id} of the matched route

    // The first value of a query parameter.
    std::optional<std::string> parameter(const std::string& name) const;
};

struct ApiResponse {
    int status = 200;
    std::string body;  // JSON text; empty for 204
    std::vector<std::pair<std::string, std::string>> headers;
    // Close the connection without answering (an injected fault).
    bool drop_connection = false;

    static ApiResponse json(int status, const Poco::Dynamic::Var& value);
    static ApiResponse no_content();
    static ApiResponse error(const ApiError& error);
    static ApiResponse dropped();
};

}  // namespace kisi::sandbox
