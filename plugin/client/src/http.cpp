#include "kisi/client/http.h"

#include <Poco/String.h>

namespace kisi::client {

std::string_view to_string(HttpMethod method) {
    switch (method) {
        case HttpMethod::get:
            return "GET";
        case HttpMethod::post:
            return "POST";
        case HttpMethod::patch:
            return "PATCH";
        case HttpMethod::del:
            return "DELETE";
    }
    return "GET";
}

std::optional<std::string> find_header(const HttpHeaders& headers, std::string_view name) {
    const std::string wanted(name);
    for (const auto& [key, value] : headers) {
        if (Poco::icompare(key, wanted) == 0) return value;
    }
    return std::nullopt;
}

}  // namespace kisi::client
