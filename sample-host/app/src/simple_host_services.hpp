// simple_host_services.hpp: the host services of the minimal sample host: Poco logging, a
// data folder per plugin, secrets in a per-plugin file (owner-only permissions), the system
// clock and no directory yet.
#pragma once

#include <host/loader/host_services.hpp>

#include <filesystem>
#include <mutex>

namespace host::app {

class SimpleHostServices : public loader::HostServices {
  public:
    explicit SimpleHostServices(std::filesystem::path data_dir);

    void log(const std::string& plugin_id, hp_log_level level, const std::string& message) override;
    std::filesystem::path data_dir(const std::string& plugin_id) override;
    std::optional<std::string> secret_get(const std::string& plugin_id,
                                          const std::string& key) override;
    hp_status secret_set(const std::string& plugin_id, const std::string& key,
                         const std::string& value) override;
    hp_status secret_delete(const std::string& plugin_id, const std::string& key) override;
    std::int64_t now_ms() override;
    loader::ServiceAnswer directory_query(const std::string& plugin_id,
                                          const std::string& query_json) override;
    void alert(const std::string& plugin_id, hp_log_level level,
               const std::string& message) override;
    std::string stored_settings(const std::string& plugin_id) override;

  private:
    std::filesystem::path secrets_file(const std::string& plugin_id) const;

    std::filesystem::path data_dir_;
    std::mutex secrets_mutex_;
};

}  // namespace host::app
