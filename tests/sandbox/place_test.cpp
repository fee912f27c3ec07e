#include "sandbox_fixture.h"

namespace kisi::sandbox::test {
namespace {

using PlaceTest = SandboxTest;

// The full Place form of the description (`favorite` only when requested).
const std::set<std::string> place_fields = {"id",
                                            "resource_type",
                                            "name",
                                            "description",
                                            "created_at",
                                            "updated_at",
                                            "latitude",
                                            "longitude",
                                            "address",
                                            "image",
                                            "time_zone",
                                            "tz_time_zone",
                                            "locks_count",
                                            "integrations_count",
                                            "locked_down",
                                            "locked_down_since",
                                            "occupancy_rate",
                                            "organization_id",
                                            "organization",
                                            "color",
                                            "logo",
                                            "user_id",
                                            "members_count"};

TEST_F(PlaceTest, ListsTheDemoCentersWithTheFullPlaceShape) {
    const HttpResult places = get("/places");
    ASSERT_EQ(places.status, 200);
    EXPECT_EQ(places.header("Content-Type"), "application/json; charset=utf-8");
    EXPECT_EQ(places.header("X-Collection-Range"), "0-49/3");
    const auto items = places.array();
    ASSERT_EQ(items->size(), 3u);
    std::set<std::string> names;
    for (std::size_t i = 0; i < items->size(); ++i) {
        const auto place = items->getObject(static_cast<unsigned>(i));
        EXPECT_EQ(keys_of(place), place_fields);
        EXPECT_EQ(place->getValue<std::string>("resource_type"), "Place");
        const auto organization = place->getObject("organization");
        EXPECT_EQ(keys_of(organization),
                  (std::set<std::string>{"id", "resource_type", "name", "domain"}));
        EXPECT_EQ(organization->getValue<std::string>("name"), "Little Acorns Childcare");
        EXPECT_TRUE(place->isNull("user_id"));
        names.insert(place->getValue<std::string>("name"));
    }
    EXPECT_EQ(names, (std::set<std::string>{"Maple Street Center", "Riverside Center",
                                            "Oak Hill Center"}));
}

TEST_F(PlaceTest, GetsOnePlaceAndCountsItsDoors) {
    const auto id = place_id("Riverside Center");
    const HttpResult place = get("/places/" + std::to_string(id));
    ASSERT_EQ(place.status, 200);
    EXPECT_EQ(place.object()->getValue<std::int64_t>("id"), id);
    EXPECT_EQ(place.object()->getValue<int>("locks_count"), 2);
    EXPECT_EQ(keys_of(place.object()), place_fields);
}

TEST_F(PlaceTest, UnknownPlaceIs404WithKisiErrorBody) {
    const HttpResult missing = get("/places/999999");
    ASSERT_EQ(missing.status, 404);
    EXPECT_EQ(keys_of(missing.object()), (std::set<std::string>{"code", "error"}));
}

TEST_F(PlaceTest, FiltersByQueryAndSortsByName) {
    const HttpResult found = get("/places?query=oak");
    ASSERT_EQ(found.status, 200);
    ASSERT_EQ(found.array()->size(), 1u);
    EXPECT_EQ(found.array()->getObject(0)->getValue<std::string>("name"), "Oak Hill Center");

    const HttpResult sorted = get("/places?sort=-name");
    ASSERT_EQ(sorted.array()->size(), 3u);
    EXPECT_EQ(sorted.array()->getObject(0)->getValue<std::string>("name"), "Riverside Center");
    EXPECT_EQ(sorted.array()->getObject(2)->getValue<std::string>("name"), "Maple Street Center");
}

TEST_F(PlaceTest, CreatesAPlaceAndRequiresNameAndAddress) {
    const HttpResult created =
        post("/places", R"({"place":{"name":"Elm Center","address":"9 Elm Street"}})");
    ASSERT_EQ(created.status, 200) << created.body;
    EXPECT_EQ(keys_of(created.object()), place_fields);
    EXPECT_EQ(created.object()->getValue<int>("locks_count"), 0);

    const HttpResult invalid = post("/places", R"({"place":{"description":"no name"}})");
    ASSERT_EQ(invalid.status, 422);
    const auto errors = invalid.object()->getObject("errors");
    EXPECT_TRUE(errors->has("name"));
    EXPECT_TRUE(errors->has("address"));
}

TEST_F(PlaceTest, DeletingAPlaceRemovesItsDoorsGroupsAndTheirAssignments) {
    const auto place = place_id("Maple Street Center");
    const auto parents = group_id("Maple Street Center Parents");
    const auto all_staff = group_id("All Staff");
    const auto user = create_user("carer@example.com");
    assign(user, parents);
    const auto before = get("/group_locks?group_id=" + std::to_string(all_staff));
    ASSERT_EQ(before.array()->size(), 3u);

    ASSERT_EQ(del("/places/" + std::to_string(place)).status, 204);

    EXPECT_EQ(get("/places/" + std::to_string(place)).status, 404);
    EXPECT_EQ(get("/groups/" + std::to_string(parents)).status, 404);
    EXPECT_EQ(get("/locks?place_id=" + std::to_string(place)).header("X-Collection-Range"), "*/0");
    EXPECT_EQ(get("/role_assignments?user_id=" + std::to_string(user)).array()->size(), 0u);
    // The organization-wide group stays and loses only this center's door.
    EXPECT_EQ(get("/group_locks?group_id=" + std::to_string(all_staff)).array()->size(), 2u);
    EXPECT_EQ(del("/places/" + std::to_string(place)).status, 404);
}

}  // namespace
}  // namespace kisi::sandbox::test
