#include "kisi/client/base_url.h"

#include <Poco/Exception.h>
#include <Poco/Net/IPAddress.h>
#include <Poco/String.h>
#include <Poco/URI.h>

namespace kisi::client {
namespace {

Error configuration_error(std::string message) {
    Error error;
    error.kind = ErrorKind::configuration;
    error.message = std::move(message);
    return error;
}

}  // namespace

bool is_loopback_host(std::string_view host) {
    const std::string name(host);
    if (Poco::icompare(name, "localhost") == 0) return true;
    Poco::Net::IPAddress address;
    return Poco::Net::IPAddress::tryParse(name, address) && address.isLoopback();
}

std::string BaseUrl::to_string() const {
    const bool ipv6 = host.find(':') != std::string::npos;
    std::string url = scheme + "://" + (ipv6 ? "[" + host + "]" : host);
    const std::uint16_t default_port = uses_tls() ? 443 : 80;
    if (port != default_port) url += ":" + std::to_string(port);
    return url + path_prefix;
}

Result<BaseUrl> BaseUrl::parse(std::string_view url) {
    const std::string text(url);
    Poco::URI uri;
    try {
        uri = Poco::URI(text);
    } catch (const Poco::Exception&) {
        return configuration_error("The Kisi base URL \"" + text +
                                   "\" is not a valid URL; use e.g. https://api.kisi.io.");
    }
    BaseUrl base;
    base.scheme = Poco::toLower(uri.getScheme());
    base.host = uri.getHost();
    if (base.scheme != "https" && base.scheme != "http") {
        return configuration_error("The Kisi base URL \"" + text +
                                   "\" must start with https:// (e.g. https://api.kisi.io).");
    }
    if (base.host.empty()) {
        return configuration_error("The Kisi base URL \"" + text + "\" names no host.");
    }
    if (!uri.getUserInfo().empty() || !uri.getRawQuery().empty() || !uri.getFragment().empty()) {
        return configuration_error("The Kisi base URL \"" + text +
                                   "\" must not contain user info, a query or a fragment.");
    }
    if (!base.uses_tls() && !is_loopback_host(base.host)) {
        return configuration_error(
            "The Kisi base URL \"" + text +
            "\" uses plain http:// to a host that is not this machine; the API key would travel "
            "unencrypted. Use https:// (plain http is allowed only for 127.0.0.1, ::1 or "
            "localhost, e.g. a local Kisi sandbox).");
    }
    base.port = uri.getPort();
    base.path_prefix = uri.getPath();
    while (!base.path_prefix.empty() && base.path_prefix.back() == '/') base.path_prefix.pop_back();
    return base;
}

}  // namespace kisi::client
