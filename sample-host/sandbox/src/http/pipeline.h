// What happens to every request, in order. Kisi endpoints: authentication, injected faults,
// the per-user rate limit, routing (404), the login's rights (401/403), the handler, and an
// entry in the request log. Control endpoints (/_sandbox/...): loopback clients only.
#pragma once

#include "http/exchange.h"
#include "http/router.h"
#include "http/services.h"

namespace kisi::sandbox {

inline constexpr const char* control_prefix = "/_sandbox/";

class Pipeline {
  public:
    Pipeline(Services& services, const Router& kisi_routes, const Router& control_routes);

    ApiResponse handle(ApiRequest& request);

  private:
    ApiResponse handle_control(ApiRequest& request);
    ApiResponse handle_kisi(ApiRequest& request);
    ApiResponse answer_kisi(ApiRequest& request, const Identity& identity);

    Services& services_;
    const Router& kisi_routes_;
    const Router& control_routes_;
};

}  // namespace kisi::sandbox
