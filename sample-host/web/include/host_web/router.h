// A small router: "METHOD /literal/{param}/..." patterns to handlers, with path parameters.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace host::web {

class Exchange;
using Handler = std::function<void(Exchange&)>;
using PathParams = std::map<std::string, std::string>;

struct RouteMatch {
    const Handler* handler = nullptr;  // null: no route for this method (see path_known)
    PathParams params;
    bool path_known = false;  // some route has this path, perhaps with another method (405)
    std::vector<std::string> allowed_methods;
};

class Router {
  public:
    // `pattern` segments in braces capture the segment under that name.
    void add(const std::string& method, const std::string& pattern, Handler handler);
    RouteMatch match(const std::string& method, const std::string& path) const;

  private:
    struct Route {
        std::string method;
        std::vector<std::string> segments;
        Handler handler;
    };
    std::vector<Route> routes_;
};

// Splits "/a/b/" into {"a", "b"}; percent-decodes each segment.
std::vector<std::string> path_segments(const std::string& path);

}  // namespace host::web
