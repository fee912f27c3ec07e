#pragma once

#include <chrono>
#include <optional>
#include <string_view>

#include "kisi/client/error.h"
#include "kisi/client/http.h"

namespace kisi::client {

// Turns a non-2xx answer into an Error whose message an administrator can act on.
// `operation` names the call ("GET /places").
Error error_from_response(const HttpResponse& response, std::string_view operation,
                          std::chrono::system_clock::time_point now);

// Retry-After as delta-seconds ("3") or HTTP date; nullopt when malformed. Dates in the past
// give zero.
std::optional<std::chrono::milliseconds> parse_retry_after(
    std::string_view value, std::chrono::system_clock::time_point now);

}  // namespace kisi::client
