#include "control/control_routes.h"

namespace kisi::sandbox {

Router make_control_routes() {
    Router router;
    add_clock_control_routes(router);
    add_fault_control_routes(router);
    add_request_log_control_routes(router);
    return router;
}

}  // namespace kisi::sandbox
