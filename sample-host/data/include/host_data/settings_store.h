// Durable settings: the host's own (key -> text) and each plugin's (manifest "settings" as one
// JSON object per plugin, handed to the plugin's configure).
#pragma once

#include <memory>
#include <optional>
#include <string>

#include <Poco/Data/Session.h>

#include "host_data/database.h"
#include "host_data/result.h"

namespace host::data {

class SettingsStore {
  public:
    explicit SettingsStore(std::shared_ptr<Database> database);

    Result<std::optional<std::string>> host_setting(const std::string& key);
    Status set_host_setting(const std::string& key, const std::string& value);
    // Inside a transaction the caller already holds.
    static std::optional<std::string> host_setting(Poco::Data::Session& session,
                                                   const std::string& key);
    static void set_host_setting(Poco::Data::Session& session, const std::string& key,
                                 const std::string& value);

    // The plugin's settings JSON object ("{}" when never saved).
    Result<std::string> plugin_settings(const std::string& plugin_id);
    Status set_plugin_settings(const std::string& plugin_id, const std::string& settings_json);

  private:
    std::shared_ptr<Database> database_;
};

}  // namespace host::data
