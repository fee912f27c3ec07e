// The host's domain model (DESIGN section 5). Field names equal the JSON names used by the QA
// API, the events and the directory.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace host::data {

using Id = std::int64_t;

struct Center {
    Id id = 0;
    std::string name;
    std::string time_zone;  // IANA name, e.g. "America/Chicago"

    bool operator==(const Center&) const = default;
};

struct Family {
    Id id = 0;
    std::string name;

    bool operator==(const Family&) const = default;
};

struct Adult {
    Id id = 0;
    Id family_id = 0;
    std::string name;
    std::string email;
    std::string relationship;  // "guardian" | "pickup"
    bool door_access = false;
    bool do_not_admit = false;

    bool operator==(const Adult&) const = default;
};

struct Child {
    Id id = 0;
    Id family_id = 0;
    std::string name;

    bool operator==(const Child&) const = default;
};

struct Contract {
    Id id = 0;
    Id child_id = 0;
    Id center_id = 0;
    std::string start_date;               // YYYY-MM-DD, local to the center
    std::optional<std::string> end_date;  // last day of care (inclusive); none = open-ended
    std::string status;                   // "active" | "withdrawn"

    bool operator==(const Contract&) const = default;
};

struct Employee {
    Id id = 0;
    std::string name;
    std::string email;
    Id home_center_id = 0;
    std::string status;  // "active" | "terminated"

    bool operator==(const Employee&) const = default;
};

}  // namespace host::data

namespace host::data {

// Partial updates (PATCH): an empty optional leaves the field as it is.
struct AdultPatch {
    std::optional<Id> family_id;
    std::optional<std::string> name;
    std::optional<std::string> email;
    std::optional<std::string> relationship;
    std::optional<bool> door_access;
    std::optional<bool> do_not_admit;
};

struct ContractPatch {
    std::optional<Id> center_id;
    std::optional<std::string> start_date;
    std::optional<std::optional<std::string>> end_date;  // set to none = open-ended
    std::optional<std::string> status;
};

struct EmployeePatch {
    std::optional<std::string> name;
    std::optional<std::string> email;
    std::optional<Id> home_center_id;
    std::optional<std::string> status;
};

}  // namespace host::data
