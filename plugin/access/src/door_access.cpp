#include "kisi/access/door_access.hpp"

#include "kisi/access/kisi_refusal.hpp"
#include "kisi/access/person_json.hpp"
#include "kisi/access/secret_names.hpp"

#include <algorithm>
#include <set>

namespace kisi::access {

using client::ErrorKind;

namespace {

// The name Kisi shows for the login the plugin makes on a person's behalf.
constexpr const char* login_device_name = "Childcare app";

auto person_key(const store::PersonRef& person) {
    return std::make_pair(person.kind, person.id);
}

std::string lock_target(std::int64_t door_id) {
    return "lock:" + std::to_string(door_id);
}

}  // namespace

DoorAccess::DoorAccess(sdk::Host host, store::Store& store, KisiConnection& connection,
                       const HostDirectory& directory)
    : host_(host), store_(store), connection_(connection), directory_(directory) {}

void DoorAccess::learn_group_locks(std::int64_t group_id) {
    if (store_.kisi_cache.group_locks_known(group_id)) return;
    auto admin = connection_.admin(CallStyle::interactive);
    if (!admin) return;
    client::KisiClient& kisi = *admin.value();
    const std::int64_t now = host_.now_ms();
    auto cached = store_.kisi_cache.group(group_id);
    if (!cached) {
        auto group = kisi.get_group(group_id);
        if (!group) {
            host_.warning("Kisi group " + std::to_string(group_id) +
                          " could not be read: " + kisi_reason(group.error()));
            return;
        }
        store_.kisi_cache.put_group({group->id, group->name, group->place_id}, now);
        cached = store_.kisi_cache.group(group_id);
    }
    auto group_locks = kisi.list_group_locks(group_id);
    if (!group_locks) {
        host_.warning("The doors of Kisi group " + std::to_string(group_id) +
                      " could not be read: " + kisi_reason(group_locks.error()));
        return;
    }
    std::vector<store::KisiLock> locks;
    for (const client::GroupLock& gl : group_locks.value()) {
        std::optional<std::int64_t> place_id = gl.place_id;
        if (!place_id) place_id = cached->item.place_id;
        if (!place_id) {
            auto lock = kisi.get_lock(gl.lock_id);
            if (lock) place_id = lock->place_id;
        }
        if (place_id) locks.push_back({gl.lock_id, gl.lock_name, *place_id});
    }
    store_.kisi_cache.put_group_locks(group_id, locks, now);
}

sdk::Result<std::vector<Door>> DoorAccess::doors_of(const store::PersonRef& person) {
    std::set<std::int64_t> groups;
    for (const store::LedgerEntry& entry : store_.ledger.valid_for_person(person, host_.now_ms()))
        groups.insert(entry.group_id);

    std::map<std::int64_t, std::string> center_names;
    if (!groups.empty()) {
        if (auto centers = directory_.centers())
            for (const Center& center : centers.value()) center_names[center.id] = center.name;
    }

    std::vector<Door> doors;
    std::set<std::int64_t> listed;
    for (std::int64_t group_id : groups) {
        learn_group_locks(group_id);
        for (const auto& lock : store_.kisi_cache.locks_of_group(group_id)) {
            if (!listed.insert(lock.item.id).second) continue;
            Door door{lock.item.id, lock.item.name, "", ""};
            if (auto place = store_.kisi_cache.place(lock.item.place_id))
                door.place = place->item.name;
            if (auto link = store_.place_links.by_place(lock.item.place_id))
                door.center = center_names[link->center_id];
            doors.push_back(std::move(door));
        }
    }
    std::sort(doors.begin(), doors.end(), [](const Door& a, const Door& b) {
        return std::tie(a.center, a.place, a.name, a.id) <
               std::tie(b.center, b.place, b.name, b.id);
    });
    return doors;
}

sdk::Result<std::string> DoorAccess::unlock(const store::PersonRef& person, std::int64_t door_id) {
    auto doors = doors_of(person);
    if (!doors) return doors.status();
    auto door = std::find_if(doors.value().begin(), doors.value().end(),
                             [&](const Door& d) { return d.id == door_id; });
    if (door == doors.value().end()) {
        const std::string message = "You are not entitled to open this door now.";
        audit(person, door_id, store::AuditResult::refused, message);
        return sdk::Status(HP_E_FORBIDDEN, message);
    }
    auto link = store_.user_links.get(person);
    if (!link) {
        const std::string message =
            "Your door access is still being set up in Kisi; try again in a moment.";
        audit(person, door_id, store::AuditResult::failed, message);
        return sdk::Status(HP_E_UNAVAILABLE, message);
    }

    auto kisi = person_client(*link);
    if (!kisi) {
        audit(person, door_id, store::AuditResult::failed, kisi.message());
        return kisi.status();
    }
    auto opened = kisi.value()->unlock_lock(door_id);
    if (!opened && opened.error().kind == ErrorKind::authentication) {
        // Kisi no longer knows the person's login (expired or deleted): make a new one once.
        forget_login(person);
        kisi = new_login(*link);
        if (!kisi) {
            audit(person, door_id, store::AuditResult::failed, kisi.message());
            return kisi.status();
        }
        opened = kisi.value()->unlock_lock(door_id);
    }

    if (opened) {
        audit(person, door_id, store::AuditResult::ok, opened->message);
        return opened->message;
    }
    const client::Error& e = opened.error();
    const std::string reason = kisi_reason(e);
    audit(person, door_id, store::AuditResult::failed, reason);
    if (e.kind == ErrorKind::network || e.kind == ErrorKind::rate_limited)
        return sdk::Status(HP_E_UNAVAILABLE,
                           "Kisi could not be reached to open “" + door->name + "”: " + reason);
    return sdk::Status(HP_E_UPSTREAM, "Kisi did not open “" + door->name + "”: " + reason);
}

sdk::Result<std::shared_ptr<client::KisiClient>> DoorAccess::person_client(
    const store::UserLink& link) {
    const std::string base_url = connection_.base_url();
    if (auto cached = person_clients_.find(person_key(link.person));
        cached != person_clients_.end() && cached->second.first == base_url)
        return cached->second.second;
    if (link.login_secret_ref) {
        if (auto secret = host_.secret_get(*link.login_secret_ref)) {
            auto kisi = connection_.client_for_secret(secret.value(), CallStyle::once);
            if (kisi) person_clients_[person_key(link.person)] = {base_url, kisi.value()};
            return kisi;
        }
    }
    return new_login(link);
}

sdk::Result<std::shared_ptr<client::KisiClient>> DoorAccess::new_login(
    const store::UserLink& link) {
    auto admin = connection_.admin(CallStyle::interactive);
    if (!admin) return admin.status();
    auto login = admin.value()->create_device_login({link.email, login_device_name});
    if (!login) return kisi_refusal(login.error(), "creating a Kisi login for the app");
    const std::string secret_name = login_secret_name(link.person);
    if (auto stored = host_.secret_set(secret_name, login->secret); !stored)
        return sdk::Status(HP_E_INTERNAL,
                           "The host could not store the Kisi login: " + stored.message());
    store_.user_links.set_login(link.person, login->id, secret_name);
    auto kisi = connection_.client_for_secret(login->secret, CallStyle::once);
    if (kisi) person_clients_[person_key(link.person)] = {connection_.base_url(), kisi.value()};
    return kisi;
}

void DoorAccess::forget_login(const store::PersonRef& person) {
    person_clients_.erase(person_key(person));
    (void)host_.secret_delete(login_secret_name(person));
    store_.user_links.clear_login(person);
}

void DoorAccess::audit(const store::PersonRef& person, std::int64_t door_id,
                       store::AuditResult result, const std::string& message) {
    store_.audit.append({0, host_.now_ms(), actor_name(person), "door.unlock", person,
                         lock_target(door_id), "unlock from the app", result, message});
}

}  // namespace kisi::access
