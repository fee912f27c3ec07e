#include "sandbox_fixture.h"

namespace kisi::sandbox::test {
namespace {

using GroupLockTest = SandboxTest;

TEST_F(GroupLockTest, ListsTheDoorsOfAGroup) {
    const auto staff = group_id("Oak Hill Center Staff");
    const HttpResult links = get("/group_locks?group_id=" + std::to_string(staff));
    ASSERT_EQ(links.status, 200);
    EXPECT_EQ(links.header("X-Collection-Range"), "0-9/3");
    const auto link = links.array()->getObject(0);
    EXPECT_EQ(keys_of(link),
              (std::set<std::string>{"id", "resource_type", "created_at", "updated_at", "group_id",
                                     "group", "lock_id", "lock", "place_id", "place"}));
    EXPECT_EQ(link->getValue<std::string>("resource_type"), "GroupLock");
    EXPECT_EQ(keys_of(link->getObject("group")),
              (std::set<std::string>{"id", "resource_type", "name"}));
    EXPECT_EQ(keys_of(link->getObject("lock")),
              (std::set<std::string>{"id", "description", "name"}));
    EXPECT_EQ(link->getObject("place")->getValue<std::string>("name"), "Oak Hill Center");

    const auto parents = group_id("Oak Hill Center Parents");
    const HttpResult parent_doors = get("/group_locks?group_id=" + std::to_string(parents));
    ASSERT_EQ(parent_doors.array()->size(), 1u);
    EXPECT_EQ(parent_doors.array()->getObject(0)->getObject("lock")->getValue<std::string>("name"),
              "Front Door");
}

TEST_F(GroupLockTest, ListingNeedsAnExistingGroup) {
    EXPECT_EQ(get("/group_locks").status, 400);
    EXPECT_EQ(get("/group_locks?group_id=999999").status, 404);
}

TEST_F(GroupLockTest, CreatesGetsAndDeletesALink) {
    const auto parents = group_id("Maple Street Center Parents");
    const auto gate = lock_id("Maple Street Center", "Playground Gate");
    const std::string body = R"({"group_lock":{"group_id":)" + std::to_string(parents) +
                             R"(,"lock_id":)" + std::to_string(gate) + "}}";
    const HttpResult created = post("/group_locks", body);
    ASSERT_EQ(created.status, 200) << created.body;
    const auto id = created.object()->getValue<std::int64_t>("id");
    EXPECT_EQ(get("/group_locks/" + std::to_string(id)).object()->getValue<std::int64_t>("lock_id"),
              gate);
    EXPECT_EQ(post("/group_locks", body).status, 422);  // already linked

    ASSERT_EQ(del("/group_locks/" + std::to_string(id)).status, 204);
    EXPECT_EQ(get("/group_locks/" + std::to_string(id)).status, 404);
}

TEST_F(GroupLockTest, APlaceGroupCannotOpenAnotherPlacesDoor) {
    const auto parents = group_id("Maple Street Center Parents");
    const auto elsewhere = lock_id("Riverside Center", "Front Door");
    const HttpResult refused =
        post("/group_locks", R"({"group_lock":{"group_id":)" + std::to_string(parents) +
                                 R"(,"lock_id":)" + std::to_string(elsewhere) + "}}");
    ASSERT_EQ(refused.status, 422);
    EXPECT_TRUE(refused.object()->getObject("errors")->has("lock"));
}

}  // namespace
}  // namespace kisi::sandbox::test
