// The embedded Kisi sandbox of `--demo`: seeded "demo" (places named like the demo centers),
// following the host clock, on the port after the host's (any free port when the host's is
// 0), with an API key kept in the host settings so that a restarted demo keeps working with
// the key an administrator already pasted.
#pragma once

#include <kisi_sandbox/sandbox.h>

#include <memory>
#include <string>

#include "host_data/host_clock.h"
#include "host_data/settings_store.h"

namespace host::app {

// Starts the sandbox; throws std::runtime_error when it cannot listen.
std::unique_ptr<kisi::sandbox::Sandbox> start_demo_sandbox(
    const std::string& listen_host, int host_port, data::SettingsStore& settings,
    std::shared_ptr<const data::HostClock> clock);

}  // namespace host::app
