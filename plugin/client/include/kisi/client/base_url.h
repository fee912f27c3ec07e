#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "kisi/client/result.h"

namespace kisi::client {

inline constexpr std::string_view kDefaultBaseUrl = "https://api.kisi.io";

// Where Kisi is. HTTPS anywhere; plain HTTP only on loopback (a local sandbox), because the
// API key travels in every request.
struct BaseUrl {
    std::string scheme;  // "https" or "http"
    std::string host;
    std::uint16_t port = 0;
    std::string path_prefix;  // "" or "/some/prefix" without a trailing slash

    bool uses_tls() const { return scheme == "https"; }
    std::string to_string() const;

    static Result<BaseUrl> parse(std::string_view url);
};

// 127.0.0.0/8, ::1 and "localhost".
bool is_loopback_host(std::string_view host);

}  // namespace kisi::client
