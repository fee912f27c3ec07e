// The host services plugins get, backed by the host's data: per-plugin folders under the data
// directory, the encrypted secret store, the host clock, the directory, the alert log and the
// stored plugin settings.
#pragma once

#include <host/loader/host_services.hpp>

#include <filesystem>
#include <memory>

#include "host_data/alert_log.h"
#include "host_data/directory.h"
#include "host_data/host_clock.h"
#include "host_data/secret_store.h"
#include "host_data/settings_store.h"

namespace host::app {

struct DataServices {
    std::filesystem::path plugins_data_dir;  // each plugin gets <this>/<plugin id>
    std::shared_ptr<data::SecretStore> secrets;
    std::shared_ptr<data::HostClock> clock;
    std::shared_ptr<data::Directory> directory;
    std::shared_ptr<data::AlertLog> alerts;
    std::shared_ptr<data::SettingsStore> settings;
};

class DataHostServices : public loader::HostServices {
  public:
    explicit DataHostServices(DataServices services);

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
    DataServices services_;
};

}  // namespace host::app
