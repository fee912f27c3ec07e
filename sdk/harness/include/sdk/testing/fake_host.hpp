// fake_host.hpp: in-memory host services for plugin tests. Thread-safe: plugins may call
// them from their strand and their own threads while the test inspects them.
#pragma once

#include <host/loader/host_services.hpp>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace sdk::testing {

struct LogLine {
    std::string plugin_id;
    hp_log_level level;
    std::string message;
};

class FakeHost : public host::loader::HostServices {
  public:
    using DirectoryHandler = std::function<host::loader::ServiceAnswer(
        const std::string& plugin_id, const std::string& query_json)>;

    // Plugin data directories are created under `data_root`.
    explicit FakeHost(std::filesystem::path data_root);

    // ---- What the test controls
    void set_now_ms(std::int64_t now_ms);
    void advance_ms(std::int64_t delta_ms);
    // Answers directory queries; without a handler they answer HP_E_UNSUPPORTED.
    void on_directory_query(DirectoryHandler handler);
    void set_stored_settings(const std::string& plugin_id, const std::string& settings_json);
    void set_secret(const std::string& plugin_id, const std::string& key, const std::string& value);

    // ---- What the test inspects
    std::map<std::string, std::string> secrets(const std::string& plugin_id) const;
    std::vector<LogLine> logs() const;
    std::vector<LogLine> alerts() const;
    std::vector<std::string> directory_queries() const;
    // True when some log line contains `text`.
    bool logged(const std::string& text) const;

    // ---- HostServices
    void log(const std::string& plugin_id, hp_log_level level, const std::string& message) override;
    std::filesystem::path data_dir(const std::string& plugin_id) override;
    std::optional<std::string> secret_get(const std::string& plugin_id,
                                          const std::string& key) override;
    hp_status secret_set(const std::string& plugin_id, const std::string& key,
                         const std::string& value) override;
    hp_status secret_delete(const std::string& plugin_id, const std::string& key) override;
    std::int64_t now_ms() override;
    host::loader::ServiceAnswer directory_query(const std::string& plugin_id,
                                                const std::string& query_json) override;
    void alert(const std::string& plugin_id, hp_log_level level,
               const std::string& message) override;
    std::string stored_settings(const std::string& plugin_id) override;

  private:
    std::filesystem::path data_root_;
    mutable std::mutex mutex_;
    std::int64_t now_ms_;
    DirectoryHandler directory_;
    std::map<std::string, std::map<std::string, std::string>> secrets_;
    std::map<std::string, std::string> settings_;
    std::vector<LogLine> logs_;
    std::vector<LogLine> alerts_;
    std::vector<std::string> directory_queries_;
};

}  // namespace sdk::testing
