#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kisi/client/result.h"

namespace kisi::client {

enum class HttpMethod { get, post, patch, del };

std::string_view to_string(HttpMethod method);

using HttpHeaders = std::vector<std::pair<std::string, std::string>>;

// Case-insensitive header look-up; the first match wins.
std::optional<std::string> find_header(const HttpHeaders& headers, std::string_view name);

struct HttpRequest {
    HttpMethod method = HttpMethod::get;
    std::string target;  // path and query, relative to the base URL ("/places?limit=250")
    HttpHeaders headers;
    std::string body;
};

struct HttpResponse {
    int status = 0;
    HttpHeaders headers;
    std::string body;

    std::optional<std::string> header(std::string_view name) const {
        return find_header(headers, name);
    }
};

// One HTTP exchange with Kisi. Answers any HTTP status as a response; fails only when no
// complete answer arrived (kind `network`) or it was too large to accept (`undecodable`).
class HttpTransport {
  public:
    virtual ~HttpTransport() = default;
    virtual Result<HttpResponse> send(const HttpRequest& request) = 0;
};

}  // namespace kisi::client
