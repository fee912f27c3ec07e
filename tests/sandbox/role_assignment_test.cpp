#include "sandbox_fixture.h"

namespace kisi::sandbox::test {
namespace {

using RoleAssignmentTest = SandboxTest;

// The group variant of the description, with the optional `user` that names a user assignee.
const std::set<std::string> assignment_fields = {
    "id",          "resource_type",    "created_at",      "updated_at",    "role_id",
    "notify",      "applies_to_type",  "applies_to_id",   "applies_to",    "assignee_type",
    "assignee_id", "assignee",         "created_by_type", "created_by_id", "user_id",
    "user",        "assignee_team_id", "guest_id",        "issued_by_id",  "type",
    "scope",       "group_id",         "group",           "valid_from",    "valid_until"};

TEST_F(RoleAssignmentTest, CreatesWithTheSpecFormAndMirrorsTheDeprecatedFields) {
    const auto user = create_user("pat@example.com", "Pat Parent");
    const auto group = group_id("Maple Street Center Parents");
    const HttpResult created =
        post("/role_assignments",
             R"({"role_assignment":{"applies_to_type":"Group","applies_to_id":)" +
                 std::to_string(group) + R"(,"assignee_type":"User","assignee_id":)" +
                 std::to_string(user) +
                 R"(,"role_id":"group_basic","notify":false,"valid_from":"2026-09-01T05:00:00Z",)"
                 R"("valid_until":"2027-07-01T05:00:00+02:00"}})");
    ASSERT_EQ(created.status, 200) << created.body;
    const auto assignment = created.object();
    EXPECT_EQ(keys_of(assignment), assignment_fields);
    EXPECT_EQ(assignment->getValue<std::string>("resource_type"), "RoleAssignment");
    EXPECT_EQ(assignment->getValue<std::string>("role_id"), "group_basic");
    EXPECT_EQ(assignment->getValue<std::string>("applies_to_type"), "Group");
    EXPECT_EQ(assignment->getValue<std::int64_t>("applies_to_id"), group);
    EXPECT_EQ(assignment->getValue<std::int64_t>("group_id"), group);
    EXPECT_EQ(assignment->getValue<std::int64_t>("assignee_id"), user);
    EXPECT_EQ(assignment->getValue<std::int64_t>("user_id"), user);
    EXPECT_EQ(assignment->getValue<std::string>("type"), "group");
    EXPECT_EQ(assignment->getValue<std::string>("scope"), "group");
    EXPECT_EQ(assignment->getValue<std::string>("valid_from"), "2026-09-01T05:00:00.000Z");
    EXPECT_EQ(assignment->getValue<std::string>("valid_until"), "2027-07-01T03:00:00.000Z");
    EXPECT_EQ(keys_of(assignment->getObject("assignee")),
              (std::set<std::string>{"id", "resource_type", "email", "name"}));
    EXPECT_EQ(assignment->getObject("applies_to")->getValue<std::string>("resource_type"), "Group");
    EXPECT_EQ(assignment->getValue<std::string>("created_by_type"), "User");
}

TEST_F(RoleAssignmentTest, CreatesWithTheGuideForm) {
    const auto user = create_user("kim@example.com");
    const auto group = group_id("Riverside Center Staff");
    const HttpResult created =
        post("/role_assignments", R"({"role_assignment":{"user_id":)" + std::to_string(user) +
                                      R"(,"group_id":)" + std::to_string(group) +
                                      R"(,"role_id":"group_basic"}})");
    ASSERT_EQ(created.status, 200) << created.body;
    EXPECT_EQ(created.object()->getValue<std::int64_t>("applies_to_id"), group);
    EXPECT_EQ(created.object()->getValue<std::int64_t>("assignee_id"), user);
    EXPECT_TRUE(created.object()->isNull("valid_from"));
    EXPECT_TRUE(created.object()->isNull("valid_until"));
}

TEST_F(RoleAssignmentTest, OneRolePerUserPerGroup) {
    const auto user = create_user("twice@example.com");
    const auto group = group_id("Oak Hill Center Parents");
    assign(user, group);
    const HttpResult duplicate =
        post("/role_assignments", R"({"role_assignment":{"user_id":)" + std::to_string(user) +
                                      R"(,"group_id":)" + std::to_string(group) +
                                      R"(,"role_id":"group_manager"}})");
    ASSERT_EQ(duplicate.status, 422);
    EXPECT_EQ(
        duplicate.object()->getObject("errors")->getArray("user_id")->getElement<std::string>(0),
        "has already been taken");
    // Another group is fine.
    assign(user, group_id("All Staff"));
}

TEST_F(RoleAssignmentTest, RejectsBadRequests) {
    const auto user = create_user("bad@example.com");
    const auto group = group_id("Oak Hill Center Parents");
    const auto u = std::to_string(user);
    const auto g = std::to_string(group);
    const auto expect_422 = [&](const std::string& fields, const std::string& field) {
        const HttpResult answer =
            post("/role_assignments", R"({"role_assignment":{)" + fields + "}}");
        ASSERT_EQ(answer.status, 422) << fields << " → " << answer.body;
        EXPECT_TRUE(answer.object()->getObject("errors")->has(field)) << answer.body;
    };
    expect_422(R"("user_id":)" + u + R"(,"group_id":)" + g, "role_id");
    expect_422(R"("user_id":)" + u + R"(,"group_id":)" + g + R"(,"role_id":"owner")", "role_id");
    expect_422(R"("user_id":)" + u + R"(,"role_id":"group_basic")", "applies_to_id");
    expect_422(R"("group_id":)" + g + R"(,"role_id":"group_basic")", "assignee_id");
    expect_422(R"("applies_to_type":"Place","applies_to_id":1,"user_id":)" + u +
                   R"(,"role_id":"group_basic")",
               "applies_to_type");
    expect_422(R"("applies_to_type":"Group","applies_to_id":)" + g + R"(,"group_id":1,"user_id":)" +
                   u + R"(,"role_id":"group_basic")",
               "group_id");
    expect_422(R"("user_id":)" + u + R"(,"group_id":)" + g +
                   R"(,"role_id":"group_basic","valid_from":"tomorrow")",
               "valid_from");
    expect_422(R"("user_id":)" + u + R"(,"group_id":)" + g +
                   R"(,"role_id":"group_basic","valid_from":"2026-02-01T00:00:00Z",)"
                   R"("valid_until":"2026-01-01T00:00:00Z")",
               "valid_until");
    EXPECT_EQ(post("/role_assignments", R"({"role_assignment":{"user_id":999,"group_id":)" + g +
                                            R"(,"role_id":"group_basic"}})")
                  .status,
              404);
    EXPECT_EQ(post("/role_assignments", R"({"role_assignment":{"user_id":)" + u +
                                            R"(,"group_id":999,"role_id":"group_basic"}})")
                  .status,
              404);
}

TEST_F(RoleAssignmentTest, ListsByGroupAndByUserInBothForms) {
    const auto ann = create_user("ann@example.com", "Ann");
    const auto bob = create_user("bob@example.com", "Bob");
    const auto parents = group_id("Maple Street Center Parents");
    const auto staff = group_id("Maple Street Center Staff");
    assign(ann, parents);
    assign(bob, parents);
    assign(bob, staff);

    EXPECT_EQ(get("/role_assignments?group_id=" + std::to_string(parents)).array()->size(), 2u);
    EXPECT_EQ(
        get("/role_assignments?applies_to_type=Group&applies_to_id=" + std::to_string(parents))
            .array()
            ->size(),
        2u);
    EXPECT_EQ(get("/role_assignments?user_id=" + std::to_string(bob)).array()->size(), 2u);
    EXPECT_EQ(get("/role_assignments?assignee_type=User&assignee_id=" + std::to_string(bob))
                  .array()
                  ->size(),
              2u);
    EXPECT_EQ(get("/role_assignments?assignee_type=Team").header("X-Collection-Range"), "*/0");
    EXPECT_EQ(get("/role_assignments?query=ann@").array()->size(), 1u);

    const HttpResult sorted = get("/role_assignments?sort=-user.name");
    EXPECT_EQ(sorted.array()->getObject(0)->getValue<std::int64_t>("user_id"), bob);
    const HttpResult page = get("/role_assignments?limit=1&offset=1");
    EXPECT_EQ(page.header("X-Collection-Range"), "1-1/3");
}

TEST_F(RoleAssignmentTest, UpdatesRoleNotifyAndValidityWith204) {
    const auto user = create_user("upd@example.com");
    const auto id = assign(user, group_id("Riverside Center Parents"));
    const auto path = "/role_assignments/" + std::to_string(id);
    ASSERT_EQ(patch(path, R"({"role_assignment":{"valid_until":"2027-01-01T00:00:00Z",)"
                          R"("notify":"true","role_id":"group_manager"}})")
                  .status,
              204);
    auto assignment = get(path).object();
    EXPECT_EQ(assignment->getValue<std::string>("valid_until"), "2027-01-01T00:00:00.000Z");
    EXPECT_TRUE(assignment->getValue<bool>("notify"));
    EXPECT_EQ(assignment->getValue<std::string>("role_id"), "group_manager");

    ASSERT_EQ(patch(path, R"({"role_assignment":{"valid_until":null}})").status, 204);
    EXPECT_TRUE(get(path).object()->isNull("valid_until"));
    EXPECT_EQ(patch(path, R"({"role_assignment":{"role_id":"nope"}})").status, 422);
    EXPECT_EQ(patch("/role_assignments/999", R"({"role_assignment":{"notify":false}})").status,
              404);
}

TEST_F(RoleAssignmentTest, DeletesWith204) {
    const auto id = assign(create_user("del@example.com"), group_id("All Staff"));
    const auto path = "/role_assignments/" + std::to_string(id);
    ASSERT_EQ(del(path).status, 204);
    EXPECT_EQ(get(path).status, 404);
    EXPECT_EQ(del(path).status, 404);
}

}  // namespace
}  // namespace kisi::sandbox::test
