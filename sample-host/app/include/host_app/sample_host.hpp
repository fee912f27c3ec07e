// The sample host, assembled: its data (SQLite), event outbox and dispatcher, contract
// scheduler, plugin manager, HTTP server with the QA, plugin UI and app APIs, and (--demo)
// demo data and the embedded Kisi sandbox following the host clock. main()
// runs one; tests run one in-process on port 0 and restart it over the same data directory.
#pragma once

#include <host/loader/plugin_manager.hpp>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "host_app/options.hpp"
#include "host_data/event_dispatcher.h"
#include "host_data/store.h"

namespace host::app {

struct HostConfig {
    Options options;  // the command line
    std::string host_version = "0.1.0";
    data::EventDispatcher::Options delivery;
    std::chrono::milliseconds contract_scan_period{std::chrono::seconds(5)};
    bool install_crash_handler = true;  // tests run several hosts in one process: off there
};

// Where the embedded Kisi sandbox of --demo listens, and its organization admin's API key.
struct DemoSandboxInfo {
    std::string base_url;
    std::string api_key;
};

class SampleHost {
  public:
    // Opens the data directory, seeds demo data (--demo), loads the plugins, starts delivery
    // and the server. Throws std::runtime_error with an administrator-readable message.
    explicit SampleHost(HostConfig config);
    ~SampleHost();
    SampleHost(const SampleHost&) = delete;
    SampleHost& operator=(const SampleHost&) = delete;

    std::uint16_t port() const;
    std::string base_url() const;
    loader::PluginManager& plugins();
    data::Store& store();
    const std::filesystem::path& data_dir() const;
    std::optional<DemoSandboxInfo> demo_sandbox() const;  // --demo only
    // The web admin password generated at this start, to print once; nothing when it was set
    // before or given with --admin-password.
    const std::optional<std::string>& generated_admin_password() const;

    // Stops the server, the scheduler and delivery, then the plugins. Idempotent.
    void stop();

  private:
    struct Parts;
    std::unique_ptr<Parts> parts_;
};

}  // namespace host::app
