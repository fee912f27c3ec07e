#include "host_data/alert_log.h"

#include "host_data/calendar.h"

namespace host::data {

AlertLog::AlertLog(std::shared_ptr<Database> database, std::shared_ptr<const HostClock> clock)
    : database_(std::move(database)), clock_(std::move(clock)) {}

Status AlertLog::raise(const std::string& plugin_id, int level, const std::string& message) {
    return database_->read([&](Poco::Data::Session& session) -> Status {
        execute(session,
                "INSERT INTO alerts(plugin_id, level, message, raised_at) VALUES(?, ?, ?, ?)",
                plugin_id, level, message, format_instant(clock_->now_ms()));
        return Done{};
    });
}

Result<std::vector<Alert>> AlertLog::recent(std::size_t limit) {
    return database_->read([&](Poco::Data::Session& session) -> Result<std::vector<Alert>> {
        auto rows = select(session,
                           "SELECT id, plugin_id, level, message, raised_at FROM alerts "
                           "ORDER BY id DESC LIMIT " +
                               std::to_string(limit));
        std::vector<Alert> alerts;
        for (std::size_t row = 0; row < rows.rowCount(); ++row) {
            alerts.push_back(Alert{rows.value(0, row).convert<std::int64_t>(),
                                   rows.value(1, row).convert<std::string>(),
                                   rows.value(2, row).convert<int>(),
                                   rows.value(3, row).convert<std::string>(),
                                   rows.value(4, row).convert<std::string>()});
        }
        return alerts;
    });
}

}  // namespace host::data
