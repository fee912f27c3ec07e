#include "handlers/kisi_routes.h"

namespace kisi::sandbox {

Router make_kisi_routes() {
    Router router;
    add_place_routes(router);
    add_group_routes(router);
    add_group_lock_routes(router);
    add_lock_routes(router);
    add_user_routes(router);
    add_current_user_routes(router);
    add_role_assignment_routes(router);
    add_login_routes(router);
    return router;
}

}  // namespace kisi::sandbox
