// Parses `--listen HOST:PORT` ("127.0.0.1:8081", "localhost:0", "[::1]:8081").
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace kisi::sandbox::app {

struct ListenAddress {
    std::string host;
    std::uint16_t port = 0;
};

std::optional<ListenAddress> parse_listen_address(const std::string& text);

}  // namespace kisi::sandbox::app
