// The sandbox's own endpoints under /_sandbox/ (no Kisi login; loopback clients only).
#pragma once

#include "http/router.h"

namespace kisi::sandbox {

Router make_control_routes();

void add_clock_control_routes(Router& router);
void add_fault_control_routes(Router& router);
void add_request_log_control_routes(Router& router);

}  // namespace kisi::sandbox
