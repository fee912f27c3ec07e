// The app API with app tokens: doors from the door-access plugin, and unlock answers.
#include "host_fixture.h"

namespace host::testing {
namespace {

class AppDoorsTest : public HostFixture {
  protected:
    std::string token_for(const std::string& field, std::int64_t id) const {
        const auto answer =
            qa("POST", "/qa/tokens", "{\"" + field + "\":" + std::to_string(id) + "}");
        EXPECT_EQ(answer.status, 201) << answer.body;
        return answer.object()->getValue<std::string>("token");
    }
    HttpAnswer doors(const std::string& token) const {
        return client->send("GET", "/app/doors", std::nullopt, token);
    }
    HttpAnswer unlock(const std::string& token, const std::string& door) const {
        return client->send("POST", "/app/doors/" + door + "/unlock", std::string("{}"), token);
    }
};

TEST_F(AppDoorsTest, AnEntitledGuardianSeesAndOpensTheirDoor) {
    const auto center_id = center();
    const auto family_id = family();
    const auto token = token_for("adult_id", adult(family_id));
    contract(child(family_id), center_id, "2025-01-01");

    const auto listed = doors(token);
    ASSERT_EQ(listed.status, 200) << listed.body;
    ASSERT_EQ(listed.array()->size(), 1u);
    const auto door = listed.array()->getObject(0);
    const auto door_id = std::to_string(door->getValue<std::int64_t>("id"));
    EXPECT_EQ(door->getValue<std::string>("name"), "Front door");
    EXPECT_EQ(door->getValue<std::string>("place"), "Recorder place");
    EXPECT_EQ(door->getValue<std::int64_t>("center"), center_id);

    const auto opened = unlock(token, door_id);
    EXPECT_EQ(opened.status, 200) << opened.body;
    EXPECT_TRUE(opened.object()->getValue<bool>("ok"));
    const auto other = unlock(token, "4242");
    EXPECT_EQ(other.status, 403);
    EXPECT_FALSE(other.object()->getValue<bool>("ok"));
}

TEST_F(AppDoorsTest, AnAdultWithoutDoorAccessHasNoDoors) {
    const auto center_id = center();
    const auto family_id = family();
    const auto token = token_for("adult_id", adult(family_id, "pickup@example.com", false));
    contract(child(family_id), center_id, "2025-01-01");
    const auto listed = doors(token);
    ASSERT_EQ(listed.status, 200);
    EXPECT_EQ(listed.array()->size(), 0u);
    EXPECT_EQ(unlock(token, std::to_string(100 + center_id)).status, 403);
}

TEST_F(AppDoorsTest, StaffDoorsFollowTheEmployeesStatus) {
    const auto center_id = center();
    const auto employee_id = employee(center_id);
    const auto token = token_for("employee_id", employee_id);
    ASSERT_EQ(doors(token).array()->size(), 1u);
    EXPECT_EQ(unlock(token, "900").status, 200);
    ASSERT_EQ(
        qa("PATCH", "/qa/employees/" + std::to_string(employee_id), R"({"status":"terminated"})")
            .status,
        200);
    EXPECT_EQ(doors(token).array()->size(), 0u);
    EXPECT_EQ(unlock(token, "900").status, 403);
}

TEST_F(AppDoorsTest, LockServiceFailuresAnswer502And503WithTheReason) {
    const auto token = token_for("employee_id", employee(center()));
    auto answer = unlock(token, "502");
    EXPECT_EQ(answer.status, 502);
    EXPECT_EQ(answer.object()->getValue<std::string>("message"), "the lock service refused");
    answer = unlock(token, "503");
    EXPECT_EQ(answer.status, 503);
    EXPECT_EQ(answer.object()->getValue<std::string>("message"), "the lock service is down");
}

}  // namespace
}  // namespace host::testing
