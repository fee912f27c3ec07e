#pragma once

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kisi::client {

// What went wrong, in the terms a caller acts on (retry, alert the admin, fix the data).
enum class ErrorKind {
    configuration,  // the client was set up wrongly (bad base URL, plain HTTP off loopback, no key)
    authentication,  // 401: the key is wrong, revoked or missing
    forbidden,       // 403: the key's user lacks the rights for this action
    not_found,       // 404
    validation,      // 400/422: Kisi rejected the data, usually with per-field messages
    conflict,        // 409
    rate_limited,    // 429 after the retry budget was spent
    server,          // 5xx after the retry budget was spent
    network,         // no HTTP answer: DNS, connect, TLS, timeout, dropped connection
    undecodable,     // an answer whose body is not the JSON shape Kisi documents
    unexpected,      // any other answer the client does not support (3xx, 410, offset limit...)
};

std::string_view to_string(ErrorKind kind);

struct Error {
    ErrorKind kind = ErrorKind::unexpected;
    int http_status = 0;    // 0 when there was no HTTP answer
    std::string message;    // written for an administrator; never contains the API key
    std::string kisi_code;  // Kisi's error identifier ("fcd8ef") when it sent one
    std::map<std::string, std::vector<std::string>> field_errors;  // from {"errors":{...}}
    std::optional<std::chrono::milliseconds> retry_after;          // from Retry-After on 429/503

    // True for the kinds that may succeed when tried again later (429, 5xx, network).
    bool transient() const;
};

}  // namespace kisi::client
