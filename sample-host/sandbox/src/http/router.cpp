#include "http/router.h"

#include <Poco/NumberParser.h>
#include <Poco/StringTokenizer.h>

namespace kisi::sandbox {
namespace {

std::vector<std::string> split_path(const std::string& path) {
    const Poco::StringTokenizer parts(path, "/", Poco::StringTokenizer::TOK_IGNORE_EMPTY);
    return {parts.begin(), parts.end()};
}

std::optional<Id> positive_id(const std::string& text) {
    if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos) {
        return std::nullopt;
    }
    Poco::Int64 value = 0;
    if (!Poco::NumberParser::tryParse64(text, value) || value <= 0) return std::nullopt;
    return value;
}

}  // namespace

void Router::add(std::string method, const std::string& pattern, Access access, Handler handler) {
    routes_.push_back(Route{std::move(method), split_path(pattern), access, std::move(handler)});
}

std::optional<RouteMatch> Router::match(const std::string& method, const std::string& path) const {
    const std::vector<std::string> segments = split_path(path);
    for (const Route& route : routes_) {
        if (route.method != method || route.segments.size() != segments.size()) continue;
        RouteMatch match{&route, std::nullopt};
        bool matches = true;
        for (std::size_t i = 0; i < segments.size() && matches; ++i) {
            if (route.segments[i] == "{id}") {
                match.id = positive_id(segments[i]);
                matches = match.id.has_value();
            } else {
                matches = route.segments[i] == segments[i];
            }
        }
        if (matches) return match;
    }
    return std::nullopt;
}

}  // namespace kisi::sandbox
