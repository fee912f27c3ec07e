// QA API, app tokens: POST /qa/tokens {"adult_id": N} or {"employee_id": N} answers
// 201 {"token": "..."}, a bearer token for the app API acting as that person.
#pragma once

#include <memory>

#include "host_data/app_tokens.h"
#include "host_web/guards.h"
#include "host_web/router.h"

namespace host::web {

class QaTokensHandler {
  public:
    explicit QaTokensHandler(std::shared_ptr<data::AppTokens> tokens);
    void add_routes(Router& router, const Guards& guards);

  private:
    void issue(Exchange& exchange);

    std::shared_ptr<data::AppTokens> tokens_;
};

}  // namespace host::web
