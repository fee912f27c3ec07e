#include "sandbox_fixture.h"

namespace kisi::sandbox::test {
namespace {

using LockTest = SandboxTest;

const std::set<std::string> lock_fields = {"id",
                                           "resource_type",
                                           "created_at",
                                           "updated_at",
                                           "configured",
                                           "description",
                                           "first_to_arrive_required_until",
                                           "first_to_arrive_satisfied",
                                           "latitude",
                                           "locked_down",
                                           "locked_down_since",
                                           "longitude",
                                           "name",
                                           "on_scheduled_unlock",
                                           "online",
                                           "open",
                                           "order_id",
                                           "unlocked",
                                           "geofence_restriction_enabled",
                                           "geofence_restriction_radius",
                                           "reader_restriction_enabled",
                                           "time_restriction_enabled",
                                           "time_restriction_time_zone",
                                           "place_id",
                                           "place",
                                           "floor_id",
                                           "groups_count",
                                           "unlocked_until"};

TEST_F(LockTest, ListsDoorsOfAPlaceWithTheFullLockShape) {
    const auto place = place_id("Maple Street Center");
    const HttpResult locks = get("/locks?place_id=" + std::to_string(place));
    ASSERT_EQ(locks.status, 200);
    EXPECT_EQ(locks.header("X-Collection-Range"), "0-49/3");
    std::set<std::string> names;
    for (std::size_t i = 0; i < locks.array()->size(); ++i) {
        const auto lock = locks.array()->getObject(static_cast<unsigned>(i));
        EXPECT_EQ(keys_of(lock), lock_fields);
        EXPECT_EQ(lock->getValue<std::int64_t>("place_id"), place);
        EXPECT_EQ(keys_of(lock->getObject("place")),
                  (std::set<std::string>{"id", "name", "latitude", "longitude"}));
        names.insert(lock->getValue<std::string>("name"));
    }
    EXPECT_EQ(names, (std::set<std::string>{"Front Door", "Classroom Hall", "Playground Gate"}));
    EXPECT_EQ(get("/locks").array()->size(), 8u);
}

TEST_F(LockTest, FiltersByIdsQueryAndState) {
    const auto front = lock_id("Oak Hill Center", "Front Door");
    const auto hall = lock_id("Oak Hill Center", "Classroom Hall");
    const HttpResult by_ids =
        get("/locks?ids=" + std::to_string(front) + "," + std::to_string(hall));
    EXPECT_EQ(by_ids.array()->size(), 2u);
    EXPECT_EQ(get("/locks?query=playground").array()->size(), 3u);
    EXPECT_EQ(get("/locks?online=true").array()->size(), 8u);
    EXPECT_EQ(get("/locks?locked_down=true").header("X-Collection-Range"), "*/0");
    EXPECT_EQ(get("/locks?online=maybe").status, 422);
    EXPECT_EQ(get("/locks?ids=1,x").status, 422);
}

TEST_F(LockTest, GetsOneLock) {
    const auto id = lock_id("Riverside Center", "Playground Gate");
    const HttpResult lock = get("/locks/" + std::to_string(id));
    ASSERT_EQ(lock.status, 200);
    EXPECT_EQ(keys_of(lock.object()), lock_fields);
    EXPECT_EQ(lock.object()->getValue<std::string>("name"), "Playground Gate");
    EXPECT_EQ(lock.object()->getValue<int>("groups_count"), 1);
    EXPECT_EQ(get("/locks/999999").status, 404);
}

TEST_F(LockTest, AdminUnlocksAnyDoor) {
    const auto id = lock_id("Riverside Center", "Playground Gate");
    const HttpResult unlocked = post("/locks/" + std::to_string(id) + "/unlock", "");
    ASSERT_EQ(unlocked.status, 200);
    EXPECT_EQ(unlocked.body, R"({"message":"Unlocked!"})");
    EXPECT_EQ(post("/locks/" + std::to_string(id) + "/unlock",
                   R"({"context":{"location":{"latitude":39.8,"longitude":-89.6}}})")
                  .status,
              200);
    EXPECT_EQ(post("/locks/999999/unlock", "{}").status, 404);
    EXPECT_EQ(post("/locks/" + std::to_string(id) + "/unlock", "not json").status, 400);
}

TEST_F(LockTest, CreatesAndDeletesALock) {
    const auto place = place_id("Riverside Center");
    const HttpResult created = post(
        "/locks", R"({"lock":{"name":"Kitchen Door","place_id":)" + std::to_string(place) + "}}");
    ASSERT_EQ(created.status, 200) << created.body;
    EXPECT_EQ(keys_of(created.object()), lock_fields);
    const auto id = created.object()->getValue<std::int64_t>("id");
    EXPECT_EQ(get("/places/" + std::to_string(place)).object()->getValue<int>("locks_count"), 3);
    EXPECT_EQ(post("/locks", R"({"lock":{"name":"Nowhere","place_id":1}})").status, 422);

    ASSERT_EQ(del("/locks/" + std::to_string(id)).status, 204);
    EXPECT_EQ(get("/locks/" + std::to_string(id)).status, 404);
}

}  // namespace
}  // namespace kisi::sandbox::test
