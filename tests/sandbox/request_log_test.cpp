#include "sandbox_fixture.h"

namespace kisi::sandbox::test {
namespace {

using RequestLogTest = SandboxTest;

TEST_F(RequestLogTest, RecordsEachKisiRequestWithItsIdentityButNeverTheKey) {
    ASSERT_EQ(del("/_sandbox/requests").status, 204);
    create_user("logged@example.com");
    const std::string secret = login_for("logged@example.com");
    request("GET", "/locks?limit=5", std::nullopt,
            {{"Authorization", "KISI-LOGIN " + secret},
             {"X-Kisi-Integration-Identifier", "Childcare Platform"},
             {"X-Kisi-Integration-Contact", "dev@example.com"}});
    get("/places", "not-a-key");
    get("/places", "");

    const HttpResult log = get("/_sandbox/requests", "");
    ASSERT_EQ(log.status, 200);
    EXPECT_EQ(log.body.find(admin_key), std::string::npos);
    EXPECT_EQ(log.body.find(secret), std::string::npos);
    EXPECT_EQ(log.body.find("not-a-key"), std::string::npos);
    const auto entries = log.array();
    ASSERT_EQ(entries->size(), 5u);

    const auto created = entries->getObject(0);
    EXPECT_EQ(created->getValue<std::string>("method"), "POST");
    EXPECT_EQ(created->getValue<std::string>("path"), "/users");
    EXPECT_EQ(created->getValue<int>("status"), 200);
    EXPECT_EQ(created->getValue<std::string>("auth"), "admin");
    EXPECT_FALSE(created->isNull("user_id"));
    EXPECT_TRUE(created->has("timestamp"));

    const auto by_user = entries->getObject(2);
    EXPECT_EQ(by_user->getValue<std::string>("path"), "/locks");
    EXPECT_EQ(by_user->getValue<std::string>("query"), "limit=5");
    EXPECT_EQ(by_user->getValue<std::string>("auth"), "user");
    EXPECT_EQ(by_user->getValue<std::string>("integration_identifier"), "Childcare Platform");
    EXPECT_EQ(by_user->getValue<std::string>("integration_contact"), "dev@example.com");
    EXPECT_LT(created->getValue<std::int64_t>("sequence"),
              by_user->getValue<std::int64_t>("sequence"));

    EXPECT_EQ(entries->getObject(3)->getValue<std::string>("auth"), "invalid");
    EXPECT_EQ(entries->getObject(3)->getValue<int>("status"), 401);
    EXPECT_EQ(entries->getObject(4)->getValue<std::string>("auth"), "anonymous");
}

TEST_F(RequestLogTest, RecordsDroppedRequestsWithStatusZero) {
    ASSERT_EQ(del("/_sandbox/requests").status, 204);
    ASSERT_EQ(post("/_sandbox/faults", R"({"drop":{"count":1}})", "").status, 200);
    get("/groups");
    const auto entries = get("/_sandbox/requests", "").array();
    ASSERT_EQ(entries->size(), 1u);
    EXPECT_EQ(entries->getObject(0)->getValue<int>("status"), 0);
    EXPECT_EQ(entries->getObject(0)->getValue<std::string>("fault"), "drop");
    EXPECT_EQ(entries->getObject(0)->getValue<std::string>("auth"), "admin");
}

TEST_F(RequestLogTest, ControlRequestsAreNotLoggedAndDeleteClears) {
    get("/places");
    get("/_sandbox/clock", "");
    ASSERT_EQ(get("/_sandbox/requests", "").array()->size(), 1u);
    ASSERT_EQ(del("/_sandbox/requests").status, 204);
    EXPECT_EQ(get("/_sandbox/requests", "").body, "[]");
}

}  // namespace
}  // namespace kisi::sandbox::test
