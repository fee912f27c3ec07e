#include "sandbox_fixture.h"

namespace kisi::sandbox::test {
namespace {

using LoginUnlockTest = SandboxTest;

std::string unlock_path(std::int64_t lock) {
    return "/locks/" + std::to_string(lock) + "/unlock";
}

TEST_F(LoginUnlockTest, AdminCreatesADeviceLoginOnBehalfOfAManagedUser) {
    const auto user = create_user("parent@example.com", "Parent");
    const HttpResult created = post(
        "/logins", R"({"login":{"type":"device","email":"Parent@Example.com","device_brand":"Web",)"
                   R"("device_model":"Browser","os_name":"Web","expire":false},"user":{}})");
    ASSERT_EQ(created.status, 200) << created.body;
    const auto login = created.object();
    EXPECT_EQ(keys_of(login), (std::set<std::string>{"id",
                                                     "created_at",
                                                     "updated_at",
                                                     "type",
                                                     "name",
                                                     "primary",
                                                     "expire",
                                                     "last_used_at",
                                                     "device_brand",
                                                     "device_model",
                                                     "os_name",
                                                     "user_id",
                                                     "user",
                                                     "app",
                                                     "user_agent",
                                                     "device",
                                                     "os",
                                                     "scram_credentials",
                                                     "secret",
                                                     "authentication_token",
                                                     "has_primary_device",
                                                     "email",
                                                     "notifications_unread_count",
                                                     "otp_required_for_login",
                                                     "otp_enabled_at",
                                                     "image",
                                                     "primary_login_exists"}));
    EXPECT_EQ(login->getValue<std::int64_t>("user_id"), user);
    EXPECT_EQ(login->getValue<std::string>("type"), "device");
    EXPECT_FALSE(login->getValue<bool>("expire"));
    const std::string secret = login->getValue<std::string>("secret");
    EXPECT_GE(secret.size(), 32u);

    const HttpResult me = get("/user", secret);
    ASSERT_EQ(me.status, 200);
    EXPECT_EQ(me.object()->getValue<std::int64_t>("id"), user);
}

TEST_F(LoginUnlockTest, LoginsOnBehalfNeedAManagedUserAndTheDeviceType) {
    ASSERT_EQ(post("/users", R"({"user":{"email":"regular@example.com"}})").status, 200);
    EXPECT_EQ(
        post("/logins", R"({"login":{"type":"device","email":"regular@example.com"}})").status,
        403);
    create_user("managed@example.com");
    EXPECT_EQ(post("/logins", R"({"login":{"type":"api","email":"managed@example.com"}})").status,
              403);
    EXPECT_EQ(post("/logins", R"({"login":{"type":"device","email":"nobody@example.com"}})").status,
              404);
    EXPECT_EQ(post("/logins", R"({"login":{"type":"phone"}})").status, 422);
}

TEST_F(LoginUnlockTest, AUserLoginCannotMakeAdminCalls) {
    create_user("member@example.com");
    const std::string secret = login_for("member@example.com");
    for (const std::string path : {"/users", "/places", "/groups", "/role_assignments"}) {
        const HttpResult refused = get(path, secret);
        EXPECT_EQ(refused.status, 403) << path;
        EXPECT_EQ(keys_of(refused.object()), (std::set<std::string>{"code", "error"}));
    }
    EXPECT_EQ(post("/users", R"({"user":{"email":"x@example.com"}})", secret).status, 403);
    EXPECT_EQ(post("/logins",
                   R"({"login":{"type":"device","email":"admin@little-acorns.example"}})", secret)
                  .status,
              403);
}

TEST_F(LoginUnlockTest, AUserUnlocksOnlyWhileTheAssignmentIsValid) {
    ASSERT_EQ(put("/_sandbox/clock", R"({"now":"2026-08-31T12:00:00Z"})").status, 200);
    const auto user = create_user("window@example.com");
    assign(user, group_id("Maple Street Center Parents"),
           R"("valid_from":"2026-09-01T00:00:00Z","valid_until":"2027-07-01T00:00:00Z")");
    const std::string secret = login_for("window@example.com");
    const auto door = lock_id("Maple Street Center", "Front Door");

    const HttpResult early = post(unlock_path(door), "{}", secret);
    ASSERT_EQ(early.status, 403);
    EXPECT_EQ(early.object()->getValue<std::string>("code"), "f358de");

    ASSERT_EQ(put("/_sandbox/clock", R"({"now":"2026-09-01T00:00:00Z"})").status, 200);
    const HttpResult opened = post(unlock_path(door), "{}", secret);
    ASSERT_EQ(opened.status, 200);
    EXPECT_EQ(opened.body, R"({"message":"Unlocked!"})");

    ASSERT_EQ(put("/_sandbox/clock", R"({"now":"2027-07-01T00:00:00Z"})").status, 200);
    const HttpResult late = post(unlock_path(door), "{}", secret);
    ASSERT_EQ(late.status, 403);
    EXPECT_EQ(late.object()->getValue<std::string>("code"), "f35ade");
}

TEST_F(LoginUnlockTest, NoAssignmentForTheDoorsGroupIsAccessDenied) {
    const auto user = create_user("other@example.com");
    assign(user, group_id("Riverside Center Parents"));
    const std::string secret = login_for("other@example.com");

    const HttpResult denied =
        post(unlock_path(lock_id("Maple Street Center", "Front Door")), "{}", secret);
    ASSERT_EQ(denied.status, 403);
    EXPECT_EQ(denied.object()->getValue<std::string>("code"), "fcd8ef");
    // A parent group opens the front door only.
    EXPECT_EQ(
        post(unlock_path(lock_id("Riverside Center", "Playground Gate")), "{}", secret).status,
        403);
    EXPECT_EQ(post(unlock_path(lock_id("Riverside Center", "Front Door")), "{}", secret).status,
              200);
}

TEST_F(LoginUnlockTest, AnOrganizationGroupOpensDoorsInEveryPlace) {
    const auto user = create_user("floater@example.com");
    assign(user, group_id("All Staff"));
    const std::string secret = login_for("floater@example.com");
    EXPECT_EQ(post(unlock_path(lock_id("Oak Hill Center", "Front Door")), "", secret).status, 200);
    EXPECT_EQ(post(unlock_path(lock_id("Riverside Center", "Front Door")), "", secret).status, 200);
}

TEST_F(LoginUnlockTest, DisabledAccessIsRefused) {
    const auto user = create_user("paused@example.com");
    assign(user, group_id("Oak Hill Center Staff"));
    const std::string secret = login_for("paused@example.com");
    ASSERT_EQ(
        patch("/users/" + std::to_string(user), R"({"user":{"access_enabled":false}})").status,
        204);
    const HttpResult refused =
        post(unlock_path(lock_id("Oak Hill Center", "Classroom Hall")), "{}", secret);
    ASSERT_EQ(refused.status, 403);
    EXPECT_EQ(refused.object()->getValue<std::string>("code"), "fcd8ff");
}

TEST_F(LoginUnlockTest, AUserSeesOnlyTheDoorsTheyMayOpenNow) {
    const auto user = create_user("viewer@example.com");
    assign(user, group_id("Oak Hill Center Parents"));
    assign(user, group_id("Riverside Center Staff"), R"("valid_until":"2000-01-01T00:00:00Z")");
    const std::string secret = login_for("viewer@example.com");

    const HttpResult doors = get("/locks", secret);
    ASSERT_EQ(doors.status, 200);
    ASSERT_EQ(doors.array()->size(), 1u);
    const auto front = lock_id("Oak Hill Center", "Front Door");
    EXPECT_EQ(doors.array()->getObject(0)->getValue<std::int64_t>("id"), front);
    EXPECT_EQ(get("/locks/" + std::to_string(front), secret).status, 200);
    EXPECT_EQ(
        get("/locks/" + std::to_string(lock_id("Riverside Center", "Front Door")), secret).status,
        404);
}

TEST_F(LoginUnlockTest, UnlockRecordsTheUsersLastAccess) {
    const auto user = create_user("stamp@example.com");
    assign(user, group_id("All Staff"));
    const std::string secret = login_for("stamp@example.com");
    EXPECT_TRUE(get("/users/" + std::to_string(user)).object()->isNull("last_accessed_at"));
    ASSERT_EQ(post(unlock_path(lock_id("Oak Hill Center", "Front Door")), "", secret).status, 200);
    EXPECT_FALSE(get("/users/" + std::to_string(user)).object()->isNull("last_accessed_at"));
}

}  // namespace
}  // namespace kisi::sandbox::test
