// The sandbox's in-memory records: one struct per Kisi resource. Times are UTC milliseconds.
#pragma once

#include <Poco/Dynamic/Var.h>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace kisi::sandbox {

using Id = std::int64_t;
using TimeMs = std::int64_t;

struct Organization {
    Id id = 0;
    std::string name;
    std::string domain;
};

struct Place {
    Id id = 0;
    std::string name;
    std::optional<std::string> description;
    std::string address;
    std::optional<double> latitude;
    std::optional<double> longitude;
    std::optional<std::string> time_zone;
    TimeMs created_at = 0;
    TimeMs updated_at = 0;
};

struct Group {
    Id id = 0;
    std::string name;
    std::optional<std::string> description;
    std::optional<Id> place_id;  // empty: an organization-wide group
    bool login_enabled = true;   // false: the group's rights exclude app unlocks
    bool geofence_restriction_enabled = false;
    bool primary_device_restriction_enabled = false;
    bool managed_device_restriction_enabled = false;
    bool reader_restriction_enabled = false;
    bool time_restriction_enabled = false;
    bool tap_to_access_restriction_enabled = false;
    TimeMs created_at = 0;
    TimeMs updated_at = 0;
};

struct Lock {
    Id id = 0;
    std::string name;
    std::optional<std::string> description;
    Id place_id = 0;
    std::optional<double> latitude;
    std::optional<double> longitude;
    bool configured = true;
    bool online = true;
    bool unlocked = false;
    bool locked_down = false;
    TimeMs created_at = 0;
    TimeMs updated_at = 0;
};

// Which doors a group opens.
struct GroupLock {
    Id id = 0;
    Id group_id = 0;
    Id lock_id = 0;
    TimeMs created_at = 0;
    TimeMs updated_at = 0;
};

// A flat metadata object: Kisi allows scalar values only.
using Metadata = std::vector<std::pair<std::string, Poco::Dynamic::Var>>;

struct User {
    Id id = 0;
    std::string name;
    std::string email;  // stored lower-case: emails are unique case-insensitively
    std::optional<std::string> image;
    std::optional<std::string> notes;
    Metadata metadata;
    bool access_enabled = true;
    bool password_flow_enabled = false;
    bool send_emails = true;
    bool confirmed = false;
    bool organization_admin = false;
    std::optional<TimeMs> last_accessed_at;
    TimeMs created_at = 0;
    TimeMs updated_at = 0;

    // A managed ("white label") user never signs up; admins create logins on their behalf.
    bool managed() const { return !send_emails && confirmed; }
};

// The sandbox models group-level role assignments of users (what the integration grants).
struct RoleAssignment {
    Id id = 0;
    std::string role_id;  // group_basic | group_manager
    bool notify = false;
    Id group_id = 0;
    Id user_id = 0;
    std::optional<TimeMs> valid_from;
    std::optional<TimeMs> valid_until;
    std::optional<Id> created_by_user_id;
    TimeMs created_at = 0;
    TimeMs updated_at = 0;
};

// A login secret; the organization admin's API key is one too.
struct Login {
    Id id = 0;
    Id user_id = 0;
    std::string secret;
    std::string type;  // api | device
    std::optional<std::string> name;
    std::optional<std::string> device_brand;
    std::optional<std::string> device_model;
    std::optional<std::string> os_name;
    bool expire = true;
    std::optional<TimeMs> last_used_at;
    TimeMs created_at = 0;
    TimeMs updated_at = 0;
};

}  // namespace kisi::sandbox
