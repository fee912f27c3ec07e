// Wraps route handlers with the credentials each API requires; a request without them gets
// 401 and never reaches the handler.
#pragma once

#include <functional>
#include <memory>

#include "host_web/authenticator.h"
#include "host_web/exchange.h"
#include "host_web/router.h"

namespace host::web {

class Guards {
  public:
    explicit Guards(std::shared_ptr<const Authenticator> auth);

    // The QA API: 404 when the host runs without --qa-token, 401 without the QA bearer.
    Handler qa(Handler handler) const;
    // The plugin UI API: an admin (QA bearer or admin session).
    Handler admin(std::function<void(Exchange&, const Admin&)> handler) const;
    // The app API: an app token.
    Handler app(std::function<void(Exchange&, const data::AppPerson&)> handler) const;

  private:
    std::shared_ptr<const Authenticator> auth_;
};

}  // namespace host::web
