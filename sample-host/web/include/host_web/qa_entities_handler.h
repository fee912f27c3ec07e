// QA API, host data: POST /qa/{centers,families,adults,children,contracts,employees} answer
// 201 {"id": N}; PATCH /qa/{adults,contracts,employees}/{id} answer 200 with the entity's new
// state. Invalid input answers 4xx {"error": ...} and changes nothing.
#pragma once

#include <memory>

#include "host_data/store.h"
#include "host_web/guards.h"
#include "host_web/router.h"

namespace host::web {

class QaEntitiesHandler {
  public:
    explicit QaEntitiesHandler(std::shared_ptr<data::Store> store);
    void add_routes(Router& router, const Guards& guards);

  private:
    std::shared_ptr<data::Store> store_;
};

}  // namespace host::web
