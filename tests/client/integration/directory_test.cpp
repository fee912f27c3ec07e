#include <gtest/gtest.h>

#include <set>

#include "support/demo_data.h"
#include "support/kisi_target.h"

namespace kisi::client::integration {
namespace {

TEST(IntegrationDirectory, PlacesListAndGet) {
    auto kisi = connect();
    const auto& places = expect_ok(kisi.list_places());
    ASSERT_FALSE(places.empty());
    std::set<Id> ids;
    for (const auto& place : places) ids.insert(place.id);
    EXPECT_EQ(ids.size(), places.size());
    const auto& first = expect_ok(kisi.get_place(places.front().id));
    EXPECT_EQ(first.name, places.front().name);
}

TEST(IntegrationDirectory, GroupsOfAPlaceAndOfTheOrganization) {
    auto kisi = connect();
    const auto place = expect_ok(kisi.list_places()).front();
    const auto& of_place = expect_ok(kisi.list_groups(place.id));
    ASSERT_FALSE(of_place.empty());
    for (const auto& group : of_place) EXPECT_EQ(group.place_id, place.id) << group.name;
    const auto& all = expect_ok(kisi.list_groups());
    EXPECT_GE(all.size(), of_place.size());
    const auto& one = expect_ok(kisi.get_group(of_place.front().id));
    EXPECT_EQ(one.name, of_place.front().name);
}

TEST(IntegrationDirectory, LocksAndTheDoorsOfAGroup) {
    auto kisi = connect();
    const auto found = find_group_with_doors(kisi);
    ASSERT_TRUE(found.has_value()) << "no place has a group that opens some but not all doors";
    const auto& locks = expect_ok(kisi.list_locks(found->place.id));
    for (const auto& lock : locks) EXPECT_EQ(lock.place_id, found->place.id);
    for (const auto& door : found->doors) {
        EXPECT_EQ(door.group_id, found->group.id);
        const auto& lock = expect_ok(kisi.get_lock(door.lock_id));
        EXPECT_EQ(lock.name, door.lock_name);
    }
    const auto& all_locks = expect_ok(kisi.list_locks());
    EXPECT_GE(all_locks.size(), locks.size());
}

TEST(IntegrationDirectory, UnknownIdsAreNotFound) {
    auto kisi = connect();
    const Id unknown = 987654321;
    auto expect_not_found = [](const auto& result) {
        ASSERT_FALSE(result.ok());
        EXPECT_EQ(result.error().kind, ErrorKind::not_found) << result.error().message;
        EXPECT_EQ(result.error().http_status, 404);
    };
    expect_not_found(kisi.get_place(unknown));
    expect_not_found(kisi.get_group(unknown));
    expect_not_found(kisi.get_lock(unknown));
    expect_not_found(kisi.get_user(unknown));
}

}  // namespace
}  // namespace kisi::client::integration
