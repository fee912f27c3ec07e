// Places, their doors (locks), groups and which doors each group opens (group locks).
// Deleting a place removes its doors and place groups; deleting a group or a door removes the
// links and role assignments that depend on it.
#pragma once

#include "core/api_error.h"
#include "store/model.h"

#include <optional>
#include <string>
#include <vector>

namespace kisi::sandbox {

struct PlaceDraft {
    std::string name;
    std::string address;
    std::optional<std::string> description;
    std::optional<double> latitude;
    std::optional<double> longitude;
    std::optional<std::string> time_zone;
};

struct GroupDraft {
    std::string name;
    std::optional<std::string> description;
    std::optional<Id> place_id;
    bool login_enabled = true;
};

struct LockDraft {
    std::string name;
    Id place_id = 0;
    std::optional<std::string> description;
    std::optional<double> latitude;
    std::optional<double> longitude;
};

Result<Place> create_place(Model& model, PlaceDraft draft, TimeMs now);
Result<Done> delete_place(Model& model, Id place_id);

Result<Group> create_group(Model& model, GroupDraft draft, TimeMs now);
Result<Done> delete_group(Model& model, Id group_id);

Result<Lock> create_lock(Model& model, LockDraft draft, TimeMs now);
Result<Done> delete_lock(Model& model, Id lock_id);

// A place group may open only doors of its place; an organization group any door.
Result<GroupLock> create_group_lock(Model& model, Id group_id, Id lock_id, TimeMs now);
Result<Done> delete_group_lock(Model& model, Id group_lock_id);

std::vector<Id> lock_ids_of_group(const Model& model, Id group_id);
std::vector<Id> group_ids_of_lock(const Model& model, Id lock_id);
std::size_t locks_in_place(const Model& model, Id place_id);
// Distinct users holding a role in the group / in any group of the place.
std::size_t users_in_group(const Model& model, Id group_id);
std::size_t users_in_place(const Model& model, Id place_id);

}  // namespace kisi::sandbox
