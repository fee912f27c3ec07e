#pragma once

#include <sdk/host.hpp>
#include <sdk/result.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kisi::access {

struct Center {
    std::int64_t id = 0;
    std::string name;
    std::string time_zone;
};

struct Employee {
    std::int64_t id = 0;
    std::string name;
    std::string email;
    std::optional<std::int64_t> home_center_id;
    std::string status;  // "active" | "terminated"
};

// The host's directory (host-api/schemas/directory.schema.json), for the facts the settings
// page, the employee tab and the doors need.
class HostDirectory {
  public:
    explicit HostDirectory(sdk::Host host) : host_(host) {}

    // {"query":"centers"}
    sdk::Result<std::vector<Center>> centers() const;
    // {"query":"employee","employee_id":N}; nullopt when the host knows no such employee.
    sdk::Result<std::optional<Employee>> employee(std::int64_t id) const;

  private:
    sdk::Host host_;
};

}  // namespace kisi::access
