#include "host_web/router.h"

#include <Poco/URI.h>

namespace host::web {
namespace {

bool is_capture(const std::string& segment) {
    return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

std::optional<PathParams> bind(const std::vector<std::string>& pattern,
                               const std::vector<std::string>& path) {
    if (pattern.size() != path.size()) return std::nullopt;
    PathParams params;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (is_capture(pattern[i])) {
            params[pattern[i].substr(1, pattern[i].size() - 2)] = path[i];
        } else if (pattern[i] != path[i]) {
            return std::nullopt;
        }
    }
    return params;
}

}  // namespace

std::vector<std::string> path_segments(const std::string& path) {
    std::vector<std::string> segments;
    std::size_t start = 0;
    while (start <= path.size()) {
        const std::size_t end = std::min(path.find('/', start), path.size());
        if (end > start) {
            std::string decoded;
            Poco::URI::decode(path.substr(start, end - start), decoded);
            segments.push_back(decoded);
        }
        start = end + 1;
    }
    return segments;
}

void Router::add(const std::string& method, const std::string& pattern, Handler handler) {
    routes_.push_back(Route{method, path_segments(pattern), std::move(handler)});
}

RouteMatch Router::match(const std::string& method, const std::string& path) const {
    RouteMatch result;
    const auto segments = path_segments(path);
    for (const auto& route : routes_) {
        auto params = bind(route.segments, segments);
        if (!params) continue;
        result.path_known = true;
        result.allowed_methods.push_back(route.method);
        if (route.method == method && !result.handler) {
            result.handler = &route.handler;
            result.params = std::move(*params);
        }
    }
    return result;
}

}  // namespace host::web
