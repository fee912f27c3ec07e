#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "kisi/client/timestamp.h"

// Plain values for the Kisi resources the integration reads and writes. Only the fields the
// integration uses are kept; decoding checks their types and ignores the rest.
namespace kisi::client {

using Id = std::int64_t;

// The role that lets a user open the doors of a group.
inline constexpr std::string_view kGroupBasicRole = "group_basic";

struct Organization {
    Id id = 0;
    std::string name;
    std::string domain;
};

// The user the API key belongs to (GET /user); verifying a key means fetching this.
struct CurrentUser {
    Id id = 0;
    std::string name;
    std::string email;
    Id organization_id = 0;
    std::optional<Organization> organization;
};

struct Place {
    Id id = 0;
    std::string name;
    std::optional<std::string> description;
    std::optional<std::string> address;
    std::optional<std::string> time_zone;
    std::optional<Id> organization_id;
    std::optional<std::int64_t> locks_count;
};

struct Group {
    Id id = 0;
    std::string name;
    std::optional<std::string> description;
    std::optional<Id> place_id;  // nullopt for an organization-wide group
    std::optional<std::int64_t> locks_count;
    std::optional<std::int64_t> users_count;
};

// A door that a group opens.
struct GroupLock {
    Id id = 0;
    Id group_id = 0;
    Id lock_id = 0;
    std::string lock_name;
    std::optional<Id> place_id;
};

struct Lock {
    Id id = 0;
    std::string name;
    std::optional<std::string> description;
    Id place_id = 0;
    std::optional<std::string> place_name;
    std::optional<bool> online;
    bool locked_down = false;
};

struct User {
    Id id = 0;
    std::string email;
    std::string name;
    bool access_enabled = true;
    std::optional<Id> organization_id;
};

// Bounds of a role assignment; an absent bound is open.
struct ValidityWindow {
    std::optional<Timestamp> from;
    std::optional<Timestamp> until;

    bool operator==(const ValidityWindow&) const = default;
};

struct RoleAssignment {
    Id id = 0;
    std::string role_id;
    std::string applies_to_type;  // "Organization", "Place" or "Group"
    Id applies_to_id = 0;
    std::string assignee_type;  // "User", "Team" or "Guest"
    Id assignee_id = 0;
    std::optional<std::string> assignee_email;
    ValidityWindow validity;
    std::optional<std::string> created_by_type;
    std::optional<Id> created_by_id;
};

// A login created for a managed user. `secret` is that user's credential: store it like the
// API key and never log it.
struct Login {
    Id id = 0;
    std::string type;
    Id user_id = 0;
    std::string secret;
};

struct UnlockResult {
    std::string message;  // Kisi's text, "Unlocked!"
};

// ----- inputs -----

// Filters for GET /users; unset members are not sent.
struct UserFilter {
    std::optional<std::string> email;  // Kisi's exact email filter
    std::optional<std::string> query;  // free text over email, name and notes
    std::optional<Id> group_id;
    std::optional<Id> place_id;
};

// A managed user: Kisi sends them no emails and needs no sign-up.
struct NewManagedUser {
    std::string email;
    std::string name;
};

struct UserUpdate {
    std::optional<std::string> name;
    std::optional<bool> access_enabled;
};

struct NewGroupRoleAssignment {
    Id user_id = 0;
    Id group_id = 0;
    std::string role_id{kGroupBasicRole};
    ValidityWindow validity;
};

struct RoleAssignmentUpdate {
    std::optional<std::string> role_id;
    std::optional<ValidityWindow> validity;  // when set, both bounds are sent (null = open)
};

// A device login made by an administrator on behalf of a managed user.
struct NewDeviceLogin {
    std::string email;        // the managed user's email
    std::string device_name;  // shown in Kisi's list of the user's logins
};

}  // namespace kisi::client
