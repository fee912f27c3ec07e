// host_bridge.hpp: the host side of hp_host_api, forwarding to HostServices with the plugin's
// id. One HostContext per plugin is what the plugin sees as its hp_host*.
#pragma once

#include <host/loader/host_services.hpp>

#include <host_api/host_plugin.h>

#include <string>

namespace host::loader {

struct HostContext {
    HostServices* services;
    std::string plugin_id;

    hp_host* handle() { return reinterpret_cast<hp_host*>(this); }
};

// The services table handed to every plugin's create (static storage).
const hp_host_api* host_api_table();

// A sink that collects bytes into a std::string.
struct StringSink {
    hp_sink sink{this, &StringSink::append};
    std::string text;

    StringSink() = default;
    StringSink(const StringSink&) = delete;
    StringSink& operator=(const StringSink&) = delete;

    static hp_status append(hp_sink* self, hp_str bytes);
};

}  // namespace host::loader
