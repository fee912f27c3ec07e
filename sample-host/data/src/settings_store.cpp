#include "host_data/settings_store.h"

namespace host::data {

SettingsStore::SettingsStore(std::shared_ptr<Database> database) : database_(std::move(database)) {}

std::optional<std::string> SettingsStore::host_setting(Poco::Data::Session& session,
                                                       const std::string& key) {
    auto rows = select(session, "SELECT value FROM host_settings WHERE key = ?", key);
    if (rows.rowCount() == 0) return std::nullopt;
    return rows.value(0, 0).convert<std::string>();
}

void SettingsStore::set_host_setting(Poco::Data::Session& session, const std::string& key,
                                     const std::string& value) {
    execute(session,
            "INSERT INTO host_settings(key, value) VALUES(?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            key, value);
}

Result<std::optional<std::string>> SettingsStore::host_setting(const std::string& key) {
    return database_->read([&](Poco::Data::Session& session) -> Result<std::optional<std::string>> {
        return host_setting(session, key);
    });
}

Status SettingsStore::set_host_setting(const std::string& key, const std::string& value) {
    return database_->read([&](Poco::Data::Session& session) -> Status {
        set_host_setting(session, key, value);
        return Done{};
    });
}

Result<std::string> SettingsStore::plugin_settings(const std::string& plugin_id) {
    return database_->read([&](Poco::Data::Session& session) -> Result<std::string> {
        auto rows = select(session, "SELECT settings_json FROM plugin_settings WHERE plugin_id = ?",
                           plugin_id);
        if (rows.rowCount() == 0) return std::string("{}");
        return rows.value(0, 0).convert<std::string>();
    });
}

Status SettingsStore::set_plugin_settings(const std::string& plugin_id,
                                          const std::string& settings_json) {
    return database_->read([&](Poco::Data::Session& session) -> Status {
        execute(session,
                "INSERT INTO plugin_settings(plugin_id, settings_json) VALUES(?, ?) "
                "ON CONFLICT(plugin_id) DO UPDATE SET settings_json = excluded.settings_json",
                plugin_id, settings_json);
        return Done{};
    });
}

}  // namespace host::data
