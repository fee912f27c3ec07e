#pragma once

// Bodies in the shapes of Kisi's OpenAPI description (../shared/reference/kisi-openapi) and the
// examples of kisi-api.md.
namespace kisi::client::testing::samples {

inline constexpr const char* kCurrentUser = R"({
  "id": 1, "resource_type": "User", "name": "Org Admin", "email": "admin@example.com",
  "image": null, "locale": "en", "notifications_unread_count": 0,
  "otp_required_for_login": false, "otp_enabled_at": null, "primary_login_exists": false,
  "created_at": "2022-10-23T16:22:03.746Z", "updated_at": "2022-11-19T21:05:19.007Z",
  "announcements_last_seen_at": null, "last_read_at": null, "notes": null,
  "organization_id": 1234,
  "organization": {"id": 1234, "resource_type": "Organization", "name": "Acme", "domain": "acme"}
})";

inline constexpr const char* kPlaceFull = R"({
  "id": 4567, "resource_type": "Place", "name": "HQ", "description": null,
  "address": "10 Bedford Ave, Brooklyn", "latitude": 40.72, "longitude": -73.95, "image": null,
  "time_zone": "America/New_York", "tz_time_zone": "America/New_York", "locks_count": 3,
  "integrations_count": 0, "locked_down": false, "locked_down_since": null,
  "occupancy_rate": null, "organization_id": 1234,
  "organization": {"id": 1234, "resource_type": "Organization", "name": "Acme", "domain": "acme"},
  "created_at": "2022-10-23T16:22:03.746Z", "updated_at": "2022-11-19T21:05:19.007Z",
  "color": null, "logo": null, "user_id": null, "members_count": 0
})";

inline constexpr const char* kPlaceShort = R"({
  "id": 4568, "resource_type": "Place", "name": "Annex", "description": "Side building",
  "address": "12 Bedford Ave", "latitude": null, "longitude": null, "image": null,
  "time_zone": null, "color": null, "logo": null
})";

inline constexpr const char* kGroup = R"({
  "id": 45274, "resource_type": "Group", "name": "Tenant 4B",
  "description": "Door access for suite 4B", "place_id": 4567,
  "place": {"id": 4567, "resource_type": "Place", "name": "HQ"},
  "login_enabled": true, "geofence_restriction_enabled": false,
  "geofence_restriction_radius": 300, "primary_device_restriction_enabled": false,
  "managed_device_restriction_enabled": false, "reader_restriction_enabled": false,
  "time_restriction_enabled": false, "tap_to_access_restriction_enabled": false,
  "users_count": 2, "locks_count": 1, "elevator_stops_count": 0,
  "created_at": "2023-05-24T14:15:22Z", "updated_at": "2023-05-24T14:15:22Z",
  "time_restriction_time_zone": null, "members_count": 0
})";

inline constexpr const char* kOrganizationGroup = R"({
  "id": 45275, "resource_type": "Group", "name": "All staff", "description": null,
  "place_id": null, "login_enabled": true, "geofence_restriction_enabled": false,
  "geofence_restriction_radius": 300, "primary_device_restriction_enabled": false,
  "managed_device_restriction_enabled": false, "reader_restriction_enabled": false,
  "time_restriction_enabled": false, "tap_to_access_restriction_enabled": false,
  "users_count": 0, "locks_count": 0, "elevator_stops_count": 0,
  "created_at": "2023-05-24T14:15:22Z", "updated_at": "2023-05-24T14:15:22Z",
  "time_restriction_time_zone": null, "members_count": 0
})";

inline constexpr const char* kGroupLock = R"({
  "id": 900, "resource_type": "GroupLock", "group_id": 45274,
  "group": {"id": 45274, "resource_type": "Group", "name": "Tenant 4B"},
  "lock_id": 16721, "lock": {"id": 16721, "name": "Front door", "description": null},
  "place_id": 4567, "place": {"id": 4567, "resource_type": "Place", "name": "HQ"},
  "created_at": "2023-05-24T14:15:22Z", "updated_at": "2023-05-24T14:15:22Z"
})";

inline constexpr const char* kLockFull = R"({
  "id": 16721, "resource_type": "Lock", "created_at": "2023-05-24T14:15:22Z",
  "updated_at": "2023-05-24T14:15:22Z", "configured": true, "description": null,
  "first_to_arrive_required_until": null, "first_to_arrive_satisfied": false,
  "latitude": 40.72, "locked_down": false, "locked_down_since": null, "longitude": -73.95,
  "name": "Front door", "on_scheduled_unlock": false, "online": true, "open": false,
  "order_id": null, "unlocked": false, "geofence_restriction_enabled": false,
  "geofence_restriction_radius": 300, "reader_restriction_enabled": false,
  "time_restriction_enabled": false, "time_restriction_time_zone": null, "place_id": 4567,
  "place": {"id": 4567, "name": "HQ", "latitude": 40.72, "longitude": -73.95},
  "floor_id": null, "groups_count": 1, "unlocked_until": null
})";

inline constexpr const char* kLockShort = R"({
  "id": 16722, "configured": true, "description": "Back", "locked_down_since": null,
  "locked_down": true, "name": "Back door", "online": null, "open": false,
  "unlocked_until": null, "unlocked": false, "place_id": 4567,
  "place": {"id": 4567, "name": "HQ", "latitude": null, "longitude": null}
})";

inline constexpr const char* kUser = R"({
  "id": 55, "resource_type": "User", "name": "Member Name", "email": "member@example.com",
  "created_at": "2023-05-24T14:15:22Z", "updated_at": "2023-05-24T14:15:22Z",
  "metadata": {}, "image": null, "otp_required_for_login": false,
  "password_flow_enabled": false, "access_enabled": true, "last_accessed_at": null,
  "scim_access_enabled": true, "notes": null, "organization_id": 1234, "confirmed": true,
  "groups_count": 0
})";

inline constexpr const char* kRoleAssignment = R"({
  "id": 777, "resource_type": "RoleAssignment", "role_id": "group_basic", "notify": false,
  "applies_to_type": "Group", "applies_to_id": 45274,
  "applies_to": {"id": 45274, "resource_type": "Group", "name": "Tenant 4B"},
  "assignee_type": "User", "assignee_id": 55,
  "assignee": {"id": 55, "resource_type": "User", "email": "member@example.com", "name": "Member Name"},
  "created_by_type": "User", "created_by_id": 1,
  "valid_from": "2023-05-24T14:15:22Z", "valid_until": "2023-05-25T14:15:22.500+02:00",
  "user_id": 55, "user": {"id": 55, "resource_type": "User", "email": "member@example.com", "name": "Member Name"},
  "assignee_team_id": null, "guest_id": null, "issued_by_id": 1,
  "type": "group", "scope": "group", "group_id": 45274,
  "group": {"id": 45274, "resource_type": "Group", "name": "Tenant 4B"},
  "created_at": "2023-05-24T14:15:22Z", "updated_at": "2023-05-24T14:15:22Z"
})";

inline constexpr const char* kOpenRoleAssignment = R"({
  "id": 778, "resource_type": "RoleAssignment", "role_id": "group_basic", "notify": false,
  "applies_to_type": "Group", "applies_to_id": 45274,
  "applies_to": {"id": 45274, "resource_type": "Group", "name": "Tenant 4B"},
  "assignee_type": "User", "assignee_id": 56,
  "assignee": {"id": 56, "resource_type": "User", "email": "other@example.com", "name": "Other"},
  "created_by_type": null, "created_by_id": null, "valid_from": null, "valid_until": null,
  "created_at": "2023-05-24T14:15:22Z", "updated_at": "2023-05-24T14:15:22Z"
})";

inline constexpr const char* kLogin = R"({
  "id": 101, "created_at": "2023-05-24T14:15:22Z", "updated_at": "2023-05-24T14:15:22Z",
  "type": "device", "name": "Childcare app", "primary": false, "expire": false,
  "last_used_at": null, "device_brand": null, "device_model": null, "os_name": null,
  "user_id": 55,
  "user": {"id": 55, "resource_type": "User", "email": "member@example.com", "name": "Member"},
  "app": {}, "user_agent": {}, "device": {}, "os": {}, "scram_credentials": {},
  "secret": "login-secret-0f9e8d7c", "authentication_token": "login-secret-0f9e8d7c",
  "has_primary_device": false, "email": "member@example.com",
  "notifications_unread_count": 0, "otp_required_for_login": false, "otp_enabled_at": null,
  "image": null, "primary_login_exists": false
})";

inline constexpr const char* kUnlocked = R"({"message":"Unlocked!"})";

}  // namespace kisi::client::testing::samples
