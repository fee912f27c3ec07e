// Maps method and path (literal segments and one integer `{id}`) to a handler.
#pragma once

#include "http/exchange.h"
#include "http/services.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace kisi::sandbox {

enum class Access {
    anyone,       // no Kisi login needed (the sandbox's control endpoints)
    any_login,    // any valid login, including a user's own
    admin_login,  // the organization admin's login only; a user's login gets 403
};

using Handler = std::function<ApiResponse(HandlerContext&, const ApiRequest&)>;

struct Route {
    std::string method;
    std::vector<std::string> segments;  // "{id}" matches a positive integer
    Access access = Access::admin_login;
    Handler handler;
};

struct RouteMatch {
    const Route* route = nullptr;
    std::optional<Id> id;
};

class Router {
  public:
    void add(std::string method, const std::string& pattern, Access access, Handler handler);
    // A trailing slash is ignored; a path whose {id} is not a positive integer does not match.
    std::optional<RouteMatch> match(const std::string& method, const std::string& path) const;

  private:
    std::vector<Route> routes_;
};

}  // namespace kisi::sandbox
