// QA API, clock: GET /qa/clock answers {"now": "<ISO-8601>", "simulated": bool};
// PUT /qa/clock {"now": "<ISO-8601>"} moves the host clock there (it keeps running from that
// instant) and answers like GET once the events of contracts whose start or end was crossed
// are in the outbox; {"now": null} returns to real time.
#pragma once

#include <memory>

#include "host_data/host_clock.h"
#include "host_web/guards.h"
#include "host_web/router.h"

namespace host::web {

class QaClockHandler {
  public:
    explicit QaClockHandler(std::shared_ptr<data::HostClock> clock);
    void add_routes(Router& router, const Guards& guards);

  private:
    void get(Exchange& exchange);
    void put(Exchange& exchange);

    std::shared_ptr<data::HostClock> clock_;
};

}  // namespace host::web
