// Alerts plugins raise for the host's administrators (shown by the admin UI).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "host_data/database.h"
#include "host_data/host_clock.h"
#include "host_data/result.h"

namespace host::data {

struct Alert {
    std::int64_t id = 0;
    std::string plugin_id;
    int level = 0;  // hp_log_level
    std::string message;
    std::string raised_at;  // ISO-8601 instant
};

class AlertLog {
  public:
    AlertLog(std::shared_ptr<Database> database, std::shared_ptr<const HostClock> clock);

    Status raise(const std::string& plugin_id, int level, const std::string& message);
    // Newest first.
    Result<std::vector<Alert>> recent(std::size_t limit);

  private:
    std::shared_ptr<Database> database_;
    std::shared_ptr<const HostClock> clock_;
};

}  // namespace host::data
