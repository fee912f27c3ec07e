#pragma once

#include <host/loader/host_services.hpp>

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace kisi::test {

struct ScriptedContract {
    std::int64_t id = 0;
    std::int64_t center_id = 0;
    std::string start_date;  // "2025-09-01"
    std::optional<std::string> end_date;
    std::string status = "active";
};

struct ScriptedAdult {
    std::int64_t id = 0;
    std::int64_t family_id = 0;
    std::string name;
    std::string email;
    bool door_access = true;
    bool do_not_admit = false;
    std::vector<ScriptedContract> contracts;  // of the family's children
};

struct ScriptedEmployee {
    std::int64_t id = 0;
    std::string name;
    std::string email;
    std::int64_t home_center_id = 0;
    std::string status = "active";
};

// The host's directory (host-api directory queries, answered as the sample host answers them)
// over a few centers, adults and employees that a test may change at any time. Thread-safe:
// the plugin asks from its strand and from its sync worker.
class ScriptedDirectory {
  public:
    ScriptedDirectory();

    void set_adults(std::vector<ScriptedAdult> adults);
    void set_employees(std::vector<ScriptedEmployee> employees);

    host::loader::ServiceAnswer answer(const std::string& query_json) const;

  private:
    mutable std::mutex mutex_;
    std::vector<ScriptedAdult> adults_;
    std::vector<ScriptedEmployee> employees_;
};

}  // namespace kisi::test
