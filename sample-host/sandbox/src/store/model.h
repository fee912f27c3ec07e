// The organization's data: every record collection and the id sequences, without locking.
#pragma once

#include "store/records.h"

#include <map>

namespace kisi::sandbox {

class Model {
  public:
    Organization organization;
    std::map<Id, Place> places;
    std::map<Id, Group> groups;
    std::map<Id, Lock> locks;
    std::map<Id, GroupLock> group_locks;
    std::map<Id, User> users;
    std::map<Id, RoleAssignment> role_assignments;
    std::map<Id, Login> logins;

    // One sequence per type. They start far apart so that an id of the wrong type (a group id
    // sent as a lock id) finds nothing instead of some other record.
    Id next_place_id() { return next_place_id_++; }
    Id next_group_id() { return next_group_id_++; }
    Id next_lock_id() { return next_lock_id_++; }
    Id next_group_lock_id() { return next_group_lock_id_++; }
    Id next_user_id() { return next_user_id_++; }
    Id next_role_assignment_id() { return next_role_assignment_id_++; }
    Id next_login_id() { return next_login_id_++; }

    const Place* place(Id id) const { return find(places, id); }
    const Group* group(Id id) const { return find(groups, id); }
    const Lock* lock(Id id) const { return find(locks, id); }
    const GroupLock* group_lock(Id id) const { return find(group_locks, id); }
    const User* user(Id id) const { return find(users, id); }
    const RoleAssignment* role_assignment(Id id) const { return find(role_assignments, id); }
    const Login* login(Id id) const { return find(logins, id); }

  private:
    template <class T>
    static const T* find(const std::map<Id, T>& records, Id id) {
        const auto it = records.find(id);
        return it == records.end() ? nullptr : &it->second;
    }

    Id next_place_id_ = 101;
    Id next_group_id_ = 10001;
    Id next_lock_id_ = 20001;
    Id next_group_lock_id_ = 30001;
    Id next_user_id_ = 100001;
    Id next_role_assignment_id_ = 600001;
    Id next_login_id_ = 1100001;
};

}  // namespace kisi::sandbox
