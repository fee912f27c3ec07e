#include "listen_address.h"

#include <Poco/NumberParser.h>

namespace kisi::sandbox::app {

std::optional<ListenAddress> parse_listen_address(const std::string& text) {
    const auto colon = text.rfind(':');
    if (colon == std::string::npos || colon == 0) return std::nullopt;
    std::string host = text.substr(0, colon);
    if (host.front() == '[') {
        if (host.size() < 3 || host.back() != ']') return std::nullopt;
        host = host.substr(1, host.size() - 2);
    }
    unsigned port = 0;
    if (!Poco::NumberParser::tryParseUnsigned(text.substr(colon + 1), port) || port > 65535) {
        return std::nullopt;
    }
    return ListenAddress{host, static_cast<std::uint16_t>(port)};
}

}  // namespace kisi::sandbox::app
