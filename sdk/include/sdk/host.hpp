// host.hpp: the host's services (hp_host_api), with C++ types and errors as values.
#pragma once

#include <sdk/result.hpp>

#include <host_api/host_plugin.h>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace sdk {

// A cheap copyable handle; valid from create until destroy. Every method may be called from
// any thread, including the plugin's own background threads.
class Host {
  public:
    Host(const hp_host_api* api, hp_host* host) noexcept : api_(api), host_(host) {}

    void log(hp_log_level level, std::string_view message) const noexcept;
    void debug(std::string_view message) const noexcept { log(HP_LOG_DEBUG, message); }
    void info(std::string_view message) const noexcept { log(HP_LOG_INFO, message); }
    void warning(std::string_view message) const noexcept { log(HP_LOG_WARNING, message); }
    void error(std::string_view message) const noexcept { log(HP_LOG_ERROR, message); }

    // The plugin's private data directory (the host creates it).
    Result<std::filesystem::path> data_dir() const;

    // Secrets; secret_get answers HP_E_NOT_FOUND when the key is not set.
    Result<std::string> secret_get(std::string_view key) const;
    Status secret_set(std::string_view key, std::string_view value) const;
    Status secret_delete(std::string_view key) const;

    // The host's clock, which the host may simulate: use it for business decisions.
    std::int64_t now_ms() const noexcept;
    std::chrono::system_clock::time_point now() const noexcept;

    // Asks the host's directory; answers the response document.
    Result<std::string> directory_query(std::string_view query_json) const;

    // Raises an alert for the host's administrators.
    void alert(hp_log_level level, std::string_view message) const noexcept;

  private:
    const hp_host_api* api_;
    hp_host* host_;
};

}  // namespace sdk
