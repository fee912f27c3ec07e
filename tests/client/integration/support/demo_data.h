#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

#include "kisi/client/kisi_client.h"

namespace kisi::client::integration {

// A place, a group of that place, the group's doors and a door of the place it does not open.
struct GroupWithDoors {
    Place place;
    Group group;
    std::vector<GroupLock> doors;
    Lock other_door;
};

// Looks the demo data up through the API itself, so that it works against any sandbox.
inline std::optional<GroupWithDoors> find_group_with_doors(KisiClient& kisi) {
    auto places = kisi.list_places();
    if (!places.ok()) return std::nullopt;
    for (const auto& place : places.value()) {
        auto locks = kisi.list_locks(place.id);
        auto groups = kisi.list_groups(place.id);
        if (!locks.ok() || !groups.ok()) return std::nullopt;
        for (const auto& group : groups.value()) {
            auto doors = kisi.list_group_locks(group.id);
            if (!doors.ok() || doors->empty()) continue;
            for (const auto& lock : locks.value()) {
                const bool opened =
                    std::any_of(doors->begin(), doors->end(),
                                [&](const auto& door) { return door.lock_id == lock.id; });
                if (!opened) return GroupWithDoors{place, group, doors.value(), lock};
            }
        }
    }
    return std::nullopt;
}

// The value of a call that must succeed; otherwise the test fails (and stops) with Kisi's
// message.
template <class T>
T expect_ok(Result<T> result) {
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().message);
    if (!result.ok()) throw std::runtime_error(result.error().message);
    return std::move(result).value();
}

inline void expect_ok(const Status& status) {
    EXPECT_TRUE(status.ok()) << (status.ok() ? "" : status.error().message);
}

}  // namespace kisi::client::integration
