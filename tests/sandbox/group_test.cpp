#include "sandbox_fixture.h"

namespace kisi::sandbox::test {
namespace {

using GroupTest = SandboxTest;

const std::set<std::string> group_fields = {"id",
                                            "resource_type",
                                            "name",
                                            "description",
                                            "created_at",
                                            "updated_at",
                                            "geofence_restriction_enabled",
                                            "geofence_restriction_radius",
                                            "primary_device_restriction_enabled",
                                            "managed_device_restriction_enabled",
                                            "reader_restriction_enabled",
                                            "time_restriction_enabled",
                                            "tap_to_access_restriction_enabled",
                                            "login_enabled",
                                            "users_count",
                                            "locks_count",
                                            "elevator_stops_count",
                                            "place_id",
                                            "place",
                                            "time_restriction_time_zone",
                                            "members_count"};

TEST_F(GroupTest, DemoHasAParentAndAStaffGroupPerCenterAndAllStaff) {
    const HttpResult groups = get("/groups?limit=250");
    ASSERT_EQ(groups.status, 200);
    EXPECT_EQ(groups.header("X-Collection-Range"), "0-249/7");
    std::set<std::string> names;
    for (std::size_t i = 0; i < groups.array()->size(); ++i) {
        names.insert(
            groups.array()->getObject(static_cast<unsigned>(i))->getValue<std::string>("name"));
    }
    EXPECT_EQ(names, (std::set<std::string>{"All Staff", "Maple Street Center Parents",
                                            "Maple Street Center Staff", "Riverside Center Parents",
                                            "Riverside Center Staff", "Oak Hill Center Parents",
                                            "Oak Hill Center Staff"}));
}

TEST_F(GroupTest, DefaultLimitIsTen) {
    for (int i = 0; i < 5; ++i) {
        ASSERT_EQ(
            post("/groups", R"({"group":{"name":"Extra )" + std::to_string(i) + R"("}})").status,
            200);
    }
    const HttpResult groups = get("/groups");
    EXPECT_EQ(groups.array()->size(), 10u);
    EXPECT_EQ(groups.header("X-Collection-Range"), "0-9/12");
}

TEST_F(GroupTest, FiltersByPlaceAndScope) {
    const auto place = place_id("Oak Hill Center");
    const HttpResult in_place = get("/groups?place_id=" + std::to_string(place));
    ASSERT_EQ(in_place.array()->size(), 2u);
    for (std::size_t i = 0; i < 2; ++i) {
        const auto group = in_place.array()->getObject(static_cast<unsigned>(i));
        EXPECT_EQ(keys_of(group), group_fields);
        EXPECT_EQ(group->getValue<std::int64_t>("place_id"), place);
        EXPECT_EQ(group->getObject("place")->getValue<std::string>("name"), "Oak Hill Center");
    }
    const HttpResult organization_wide = get("/groups?scope=organization");
    ASSERT_EQ(organization_wide.array()->size(), 1u);
    const auto all_staff = organization_wide.array()->getObject(0);
    EXPECT_EQ(all_staff->getValue<std::string>("name"), "All Staff");
    EXPECT_TRUE(all_staff->isNull("place_id"));
    // `place` is optional and not nullable: an organization group leaves it out.
    EXPECT_FALSE(all_staff->has("place"));
}

TEST_F(GroupTest, GetCountsUsersAndLocks) {
    const auto staff = group_id("Maple Street Center Staff");
    assign(create_user("teacher@example.com"), staff);
    const HttpResult group = get("/groups/" + std::to_string(staff));
    ASSERT_EQ(group.status, 200);
    EXPECT_EQ(keys_of(group.object()), group_fields);
    EXPECT_EQ(group.object()->getValue<int>("users_count"), 1);
    EXPECT_EQ(group.object()->getValue<int>("locks_count"), 3);
    EXPECT_EQ(get("/groups/1").status, 404);
}

TEST_F(GroupTest, CreateValidatesThePlaceAndDeleteCascades) {
    EXPECT_EQ(post("/groups", R"({"group":{"name":"Ghost","place_id":424242}})").status, 422);
    EXPECT_EQ(post("/groups", R"({"group":{"description":"nameless"}})").status, 422);
    const auto place = place_id("Riverside Center");
    const HttpResult created =
        post("/groups", R"({"group":{"name":"Cooks","place_id":)" + std::to_string(place) + "}}");
    ASSERT_EQ(created.status, 200);
    const auto id = created.object()->getValue<std::int64_t>("id");
    const auto door = lock_id("Riverside Center", "Front Door");
    ASSERT_EQ(post("/group_locks", R"({"group_lock":{"group_id":)" + std::to_string(id) +
                                       R"(,"lock_id":)" + std::to_string(door) + "}}")
                  .status,
              200);
    const auto user = create_user("cook@example.com");
    assign(user, id);

    ASSERT_EQ(del("/groups/" + std::to_string(id)).status, 204);
    EXPECT_EQ(get("/groups/" + std::to_string(id)).status, 404);
    EXPECT_EQ(get("/role_assignments?user_id=" + std::to_string(user)).array()->size(), 0u);
    EXPECT_EQ(get("/locks/" + std::to_string(door)).object()->getValue<int>("groups_count"), 3);
}

}  // namespace
}  // namespace kisi::sandbox::test
