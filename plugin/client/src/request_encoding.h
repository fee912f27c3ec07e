#pragma once

#include <string>
#include <utility>
#include <vector>

#include "kisi/client/models.h"

// Request bodies and query strings in the current form of Kisi's description (never the
// deprecated user_id/group_id role-assignment form).
namespace kisi::client::detail {

using QueryParameters = std::vector<std::pair<std::string, std::string>>;

// "?a=1&b=x%40y" (empty for no parameters), values percent-encoded.
std::string query_string(const QueryParameters& parameters);

std::string encode(const NewManagedUser& user);
std::string encode(const UserUpdate& update);
std::string encode(const NewGroupRoleAssignment& assignment);
std::string encode(const RoleAssignmentUpdate& update);
std::string encode(const NewDeviceLogin& login);
// Unlocking a door with no geofence or proximity restriction takes an empty object.
std::string encode_unlock();

}  // namespace kisi::client::detail
