#include "store/topology.h"

#include <set>

namespace kisi::sandbox {

Result<Place> create_place(Model& model, PlaceDraft draft, TimeMs now) {
    FieldErrors errors;
    if (draft.name.empty()) errors["name"].push_back("can't be blank");
    if (draft.address.empty()) errors["address"].push_back("can't be blank");
    if (!errors.empty()) return ApiError::validation(std::move(errors));
    Place place;
    place.id = model.next_place_id();
    place.name = std::move(draft.name);
    place.address = std::move(draft.address);
    place.description = std::move(draft.description);
    place.latitude = draft.latitude;
    place.longitude = draft.longitude;
    place.time_zone = std::move(draft.time_zone);
    place.created_at = now;
    place.updated_at = now;
    model.places.emplace(place.id, place);
    return place;
}

Result<Done> delete_place(Model& model, Id place_id) {
    if (model.place(place_id) == nullptr) return ApiError::not_found("Place");
    std::vector<Id> doomed_groups;
    for (const auto& [id, group] : model.groups) {
        if (group.place_id == place_id) doomed_groups.push_back(id);
    }
    for (const Id group_id : doomed_groups) delete_group(model, group_id);
    std::vector<Id> doomed_locks;
    for (const auto& [id, lock] : model.locks) {
        if (lock.place_id == place_id) doomed_locks.push_back(id);
    }
    for (const Id lock_id : doomed_locks) delete_lock(model, lock_id);
    model.places.erase(place_id);
    return Done{};
}

Result<Group> create_group(Model& model, GroupDraft draft, TimeMs now) {
    FieldErrors errors;
    if (draft.name.empty()) errors["name"].push_back("can't be blank");
    if (draft.place_id && model.place(*draft.place_id) == nullptr) {
        errors["place"].push_back("must exist");
    }
    if (!errors.empty()) return ApiError::validation(std::move(errors));
    Group group;
    group.id = model.next_group_id();
    group.name = std::move(draft.name);
    group.description = std::move(draft.description);
    group.place_id = draft.place_id;
    group.login_enabled = draft.login_enabled;
    group.created_at = now;
    group.updated_at = now;
    model.groups.emplace(group.id, group);
    return group;
}

Result<Done> delete_group(Model& model, Id group_id) {
    if (model.group(group_id) == nullptr) return ApiError::not_found("Group");
    std::erase_if(model.group_locks,
                  [&](const auto& entry) { return entry.second.group_id == group_id; });
    std::erase_if(model.role_assignments,
                  [&](const auto& entry) { return entry.second.group_id == group_id; });
    model.groups.erase(group_id);
    return Done{};
}

Result<Lock> create_lock(Model& model, LockDraft draft, TimeMs now) {
    FieldErrors errors;
    if (draft.name.empty()) errors["name"].push_back("can't be blank");
    if (model.place(draft.place_id) == nullptr) errors["place"].push_back("must exist");
    if (!errors.empty()) return ApiError::validation(std::move(errors));
    Lock lock;
    lock.id = model.next_lock_id();
    lock.name = std::move(draft.name);
    lock.place_id = draft.place_id;
    lock.description = std::move(draft.description);
    lock.latitude = draft.latitude;
    lock.longitude = draft.longitude;
    lock.created_at = now;
    lock.updated_at = now;
    model.locks.emplace(lock.id, lock);
    return lock;
}

Result<Done> delete_lock(Model& model, Id lock_id) {
    if (model.lock(lock_id) == nullptr) return ApiError::not_found("Lock");
    std::erase_if(model.group_locks,
                  [&](const auto& entry) { return entry.second.lock_id == lock_id; });
    model.locks.erase(lock_id);
    return Done{};
}

Result<GroupLock> create_group_lock(Model& model, Id group_id, Id lock_id, TimeMs now) {
    const Group* group = model.group(group_id);
    const Lock* lock = model.lock(lock_id);
    FieldErrors errors;
    if (group == nullptr) errors["group"].push_back("must exist");
    if (lock == nullptr) errors["lock"].push_back("must exist");
    if (group != nullptr && lock != nullptr) {
        if (group->place_id && *group->place_id != lock->place_id) {
            errors["lock"].push_back("must belong to the group's place");
        }
        for (const auto& [id, link] : model.group_locks) {
            if (link.group_id == group_id && link.lock_id == lock_id) {
                errors["lock_id"].push_back("has already been taken");
                break;
            }
        }
    }
    if (!errors.empty()) return ApiError::validation(std::move(errors));
    GroupLock link;
    link.id = model.next_group_lock_id();
    link.group_id = group_id;
    link.lock_id = lock_id;
    link.created_at = now;
    link.updated_at = now;
    model.group_locks.emplace(link.id, link);
    return link;
}

Result<Done> delete_group_lock(Model& model, Id group_lock_id) {
    if (model.group_locks.erase(group_lock_id) == 0) return ApiError::not_found("Group lock");
    return Done{};
}

std::vector<Id> lock_ids_of_group(const Model& model, Id group_id) {
    std::vector<Id> ids;
    for (const auto& [id, link] : model.group_locks) {
        if (link.group_id == group_id) ids.push_back(link.lock_id);
    }
    return ids;
}

std::vector<Id> group_ids_of_lock(const Model& model, Id lock_id) {
    std::vector<Id> ids;
    for (const auto& [id, link] : model.group_locks) {
        if (link.lock_id == lock_id) ids.push_back(link.group_id);
    }
    return ids;
}

std::size_t locks_in_place(const Model& model, Id place_id) {
    std::size_t count = 0;
    for (const auto& [id, lock] : model.locks) count += lock.place_id == place_id ? 1 : 0;
    return count;
}

std::size_t users_in_group(const Model& model, Id group_id) {
    std::set<Id> users;
    for (const auto& [id, assignment] : model.role_assignments) {
        if (assignment.group_id == group_id) users.insert(assignment.user_id);
    }
    return users.size();
}

std::size_t users_in_place(const Model& model, Id place_id) {
    std::set<Id> users;
    for (const auto& [id, assignment] : model.role_assignments) {
        const Group* group = model.group(assignment.group_id);
        if (group != nullptr && group->place_id == place_id) users.insert(assignment.user_id);
    }
    return users.size();
}

}  // namespace kisi::sandbox
