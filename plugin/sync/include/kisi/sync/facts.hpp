#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// The host's current facts about the people the engine grants access to, as its directory
// answers them (host-api/schemas/directory.schema.json). Child data is never part of them.
namespace kisi::sync {

struct ContractFacts {
    std::int64_t id = 0;
    std::string start_date;               // YYYY-MM-DD, local to the center
    std::optional<std::string> end_date;  // last day of care (inclusive); none = open-ended
    std::string status;                   // "active" | "withdrawn"
    bool active() const { return status == "active"; }
};

// The contracts of an adult's family at one center.
struct CenterContracts {
    std::int64_t center_id = 0;
    std::string time_zone;  // IANA name
    std::vector<ContractFacts> contracts;
};

struct AdultFacts {
    std::int64_t id = 0;
    std::int64_t family_id = 0;
    std::string name;
    std::string email;
    std::string relationship;  // "guardian" | "pickup"
    bool door_access = false;
    bool do_not_admit = false;
    std::vector<CenterContracts> centers;
};

struct EmployeeFacts {
    std::int64_t id = 0;
    std::string name;
    std::string email;
    std::int64_t home_center_id = 0;
    std::string status;  // "active" | "terminated"
    bool active() const { return status == "active"; }
};

struct CenterFacts {
    std::int64_t id = 0;
    std::string name;
    std::string time_zone;
};

}  // namespace kisi::sync
