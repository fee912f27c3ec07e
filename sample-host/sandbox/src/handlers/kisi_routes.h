// The Kisi endpoints the sandbox implements, one function per resource.
#pragma once

#include "http/router.h"

namespace kisi::sandbox {

Router make_kisi_routes();

void add_place_routes(Router& router);
void add_group_routes(Router& router);
void add_group_lock_routes(Router& router);
void add_lock_routes(Router& router);
void add_user_routes(Router& router);
void add_current_user_routes(Router& router);
void add_role_assignment_routes(Router& router);
void add_login_routes(Router& router);

}  // namespace kisi::sandbox
