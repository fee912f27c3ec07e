#include "sandbox_fixture.h"

#include <atomic>
#include <thread>

namespace kisi::sandbox::test {
namespace {

using UserTest = SandboxTest;

const std::set<std::string> user_fields = {"id",
                                           "resource_type",
                                           "name",
                                           "email",
                                           "created_at",
                                           "updated_at",
                                           "metadata",
                                           "image",
                                           "otp_required_for_login",
                                           "password_flow_enabled",
                                           "access_enabled",
                                           "last_accessed_at",
                                           "scim_access_enabled",
                                           "notes",
                                           "organization_id",
                                           "confirmed",
                                           "groups_count"};

TEST_F(UserTest, CreatesAManagedUserAndAnswersTheUserObject) {
    const HttpResult created = post(
        "/users",
        R"({"user":{"email":"Dana.Parent@Example.com","name":"Dana Parent","send_emails":false,)"
        R"("confirm":true,"notes":"guardian","metadata":{"host_adult_id":"a-17","n":3}}})");
    ASSERT_EQ(created.status, 200) << created.body;
    const auto user = created.object();
    EXPECT_EQ(keys_of(user), user_fields);
    EXPECT_EQ(user->getValue<std::string>("resource_type"), "User");
    EXPECT_EQ(user->getValue<std::string>("email"), "dana.parent@example.com");
    EXPECT_EQ(user->getValue<std::string>("name"), "Dana Parent");
    EXPECT_TRUE(user->getValue<bool>("confirmed"));
    EXPECT_TRUE(user->getValue<bool>("access_enabled"));
    EXPECT_EQ(user->getObject("metadata")->getValue<std::string>("host_adult_id"), "a-17");
    EXPECT_EQ(user->getValue<std::int64_t>("organization_id"), 100);

    const auto id = user->getValue<std::int64_t>("id");
    const HttpResult fetched = get("/users/" + std::to_string(id));
    ASSERT_EQ(fetched.status, 200);
    EXPECT_EQ(fetched.object()->getValue<std::string>("email"), "dana.parent@example.com");
}

TEST_F(UserTest, EmailsAreUniqueCaseInsensitively) {
    create_user("sam@example.com");
    const HttpResult duplicate = post("/users", R"({"user":{"email":"SAM@Example.COM"}})");
    ASSERT_EQ(duplicate.status, 422);
    const auto errors = duplicate.object()->getObject("errors");
    ASSERT_TRUE(errors->has("email"));
    EXPECT_EQ(errors->getArray("email")->getElement<std::string>(0), "has already been taken");
}

TEST_F(UserTest, RejectsAMissingOrInvalidEmailAndAMissingWrapper) {
    EXPECT_EQ(post("/users", R"({"user":{"name":"No Email"}})").status, 422);
    EXPECT_EQ(post("/users", R"({"user":{"email":"not-an-email"}})").status, 422);
    EXPECT_EQ(post("/users", R"({"email":"x@example.com"})").status, 422);
    EXPECT_EQ(post("/users", R"({"user":{"email":"x@example.com","confirm":"yes"}})").status, 422);
    EXPECT_EQ(post("/users", "{not json").status, 400);
}

TEST_F(UserTest, FiltersByEmailQueryGroupAndMe) {
    const auto dana = create_user("dana@example.com", "Dana Parent");
    create_user("robin@example.com", "Robin Staff");
    const auto parents = group_id("Riverside Center Parents");
    assign(dana, parents);

    const HttpResult by_email = get("/users?email=DANA@example.com");
    ASSERT_EQ(by_email.array()->size(), 1u);
    EXPECT_EQ(by_email.array()->getObject(0)->getValue<std::int64_t>("id"), dana);
    EXPECT_EQ(by_email.array()->getObject(0)->getValue<int>("groups_count"), 1);
    EXPECT_EQ(get("/users?email=dan@example.com").header("X-Collection-Range"), "*/0");

    EXPECT_EQ(get("/users?query=staff").array()->size(), 1u);
    EXPECT_EQ(get("/users?query=EXAMPLE.COM").array()->size(), 2u);

    const HttpResult in_group = get("/users?group_id=" + std::to_string(parents));
    ASSERT_EQ(in_group.array()->size(), 1u);
    EXPECT_EQ(in_group.array()->getObject(0)->getValue<std::int64_t>("id"), dana);

    const HttpResult me = get("/users?user_id=me");
    ASSERT_EQ(me.array()->size(), 1u);
    EXPECT_EQ(me.array()->getObject(0)->getValue<std::string>("email"),
              "admin@little-acorns.example");
}

TEST_F(UserTest, UpdatesWithPatchAndAnswers204) {
    const auto id = create_user("lee@example.com", "Lee");
    const HttpResult updated =
        patch("/users/" + std::to_string(id),
              R"({"user":{"name":"Lee Carer","access_enabled":false,"notes":null}})");
    ASSERT_EQ(updated.status, 204);
    EXPECT_TRUE(updated.body.empty());
    const auto user = get("/users/" + std::to_string(id)).object();
    EXPECT_EQ(user->getValue<std::string>("name"), "Lee Carer");
    EXPECT_FALSE(user->getValue<bool>("access_enabled"));
    EXPECT_TRUE(user->isNull("notes"));
    EXPECT_EQ(patch("/users/999999", R"({"user":{"name":"x"}})").status, 404);
}

TEST_F(UserTest, DeletingAUserRemovesTheirAssignmentsAndLogins) {
    const auto id = create_user("gone@example.com");
    const auto assignment = assign(id, group_id("Oak Hill Center Parents"));
    assign(id, group_id("All Staff"));
    const std::string secret = login_for("gone@example.com");
    ASSERT_EQ(get("/user", secret).status, 200);

    ASSERT_EQ(del("/users/" + std::to_string(id)).status, 204);
    EXPECT_EQ(get("/users/" + std::to_string(id)).status, 404);
    EXPECT_EQ(get("/role_assignments/" + std::to_string(assignment)).status, 404);
    EXPECT_EQ(get("/role_assignments?user_id=" + std::to_string(id)).header("X-Collection-Range"),
              "*/0");
    EXPECT_EQ(get("/user", secret).status, 401);
    EXPECT_EQ(del("/users/" + std::to_string(id)).status, 404);
    // The email is free again.
    EXPECT_NE(create_user("gone@example.com"), 0);
}

TEST_F(UserTest, TheOrganizationOwnerCannotBeDeleted) {
    const auto admin = get("/user").object()->getValue<std::int64_t>("id");
    const HttpResult refused = del("/users/" + std::to_string(admin));
    ASSERT_EQ(refused.status, 422);
    EXPECT_TRUE(refused.object()->has("errors"));
}

TEST_F(UserTest, CurrentUserNamesTheOrganization) {
    const HttpResult me = get("/user");
    ASSERT_EQ(me.status, 200);
    EXPECT_EQ(keys_of(me.object()),
              (std::set<std::string>{"id", "resource_type", "name", "email", "image", "locale",
                                     "notifications_unread_count", "otp_required_for_login",
                                     "otp_enabled_at", "primary_login_exists", "created_at",
                                     "updated_at", "announcements_last_seen_at", "last_read_at",
                                     "notes", "organization_id", "organization"}));
    EXPECT_EQ(me.object()->getObject("organization")->getValue<std::string>("name"),
              "Little Acorns Childcare");
}

}  // namespace
}  // namespace kisi::sandbox::test

namespace kisi::sandbox::test {
namespace {

TEST_F(UserTest, ConcurrentCreatesOfOneEmailMakeOneUser) {
    std::vector<std::thread> clients;
    std::atomic<int> created{0};
    std::atomic<int> refused{0};
    for (int i = 0; i < 8; ++i) {
        clients.emplace_back([&, i] {
            const std::string email = i % 2 ? "RACE@example.com" : "race@example.com";
            const HttpResult answer = post("/users", R"({"user":{"email":")" + email + R"("}})");
            (answer.status == 200 ? created : refused)++;
        });
    }
    for (auto& client : clients) client.join();
    EXPECT_EQ(created.load(), 1);
    EXPECT_EQ(refused.load(), 7);
    EXPECT_EQ(get("/users?email=race@example.com").array()->size(), 1u);
}

}  // namespace
}  // namespace kisi::sandbox::test
