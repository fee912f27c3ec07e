#include "http/pagination.h"
#include "sandbox_fixture.h"

namespace kisi::sandbox::test {
namespace {

using PaginationTest = SandboxTest;

TEST(CollectionRange, FollowsTheDescriptionsExample) {
    EXPECT_EQ(collection_range(Page{10, 10}, 15), "10-19/15");
    EXPECT_EQ(collection_range(Page{0, 50}, 3), "0-49/3");
    EXPECT_EQ(collection_range(Page{0, 10}, 0), "*/0");
    EXPECT_EQ(collection_range(Page{20, 10}, 15), "*/15");
}

TEST_F(PaginationTest, PagesThroughUsersWithLimitAndOffset) {
    for (int i = 0; i < 11; ++i) create_user("user" + std::to_string(i) + "@example.com");
    // 12 users with the admin.
    const HttpResult first = get("/users?limit=5");
    ASSERT_EQ(first.array()->size(), 5u);
    EXPECT_EQ(first.header("X-Collection-Range"), "0-4/12");
    const HttpResult last = get("/users?limit=5&offset=10");
    ASSERT_EQ(last.array()->size(), 2u);
    EXPECT_EQ(last.header("X-Collection-Range"), "10-14/12");
    const HttpResult past_the_end = get("/users?limit=5&offset=12");
    EXPECT_EQ(past_the_end.array()->size(), 0u);
    EXPECT_EQ(past_the_end.header("X-Collection-Range"), "*/12");

    std::set<std::int64_t> seen;
    for (int offset = 0; offset < 12; offset += 5) {
        const auto page = get("/users?limit=5&offset=" + std::to_string(offset)).array();
        for (std::size_t i = 0; i < page->size(); ++i) {
            seen.insert(page->getObject(static_cast<unsigned>(i))->getValue<std::int64_t>("id"));
        }
    }
    EXPECT_EQ(seen.size(), 12u);
}

TEST_F(PaginationTest, EmptyListsAreStarSlashZero) {
    const HttpResult empty = get("/role_assignments");
    ASSERT_EQ(empty.status, 200);
    EXPECT_EQ(empty.body, "[]");
    EXPECT_EQ(empty.header("X-Collection-Range"), "*/0");
}

TEST_F(PaginationTest, LimitsAboveTheMaximumAreLoweredToIt) {
    const auto user = create_user("many@example.com");
    // 260 groups with the demo's 7, each with an assignment of the user.
    for (int i = 0; i < 253; ++i) {
        const HttpResult group =
            post("/groups", R"({"group":{"name":"Room )" + std::to_string(i) + R"("}})");
        ASSERT_EQ(group.status, 200);
        assign(user, group.object()->getValue<std::int64_t>("id"));
    }
    const HttpResult capped = get("/role_assignments?limit=1000");
    EXPECT_EQ(capped.array()->size(), 250u);
    EXPECT_EQ(capped.header("X-Collection-Range"), "0-249/253");
    EXPECT_EQ(get("/role_assignments").array()->size(), 10u);

    const HttpResult users = get("/users?limit=1000");
    EXPECT_EQ(users.header("X-Collection-Range"), "0-99/2");
}

TEST_F(PaginationTest, RejectsNonsensePaging) {
    EXPECT_EQ(get("/places?limit=0").status, 422);
    EXPECT_EQ(get("/places?limit=-1").status, 422);
    EXPECT_EQ(get("/places?limit=ten").status, 422);
    EXPECT_EQ(get("/places?offset=-5").status, 422);
    EXPECT_EQ(get("/places?offset=20001").status, 422);
    EXPECT_EQ(get("/places?offset=20000").status, 200);
}

}  // namespace
}  // namespace kisi::sandbox::test
