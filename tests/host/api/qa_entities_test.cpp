// The QA API's data routes over real HTTP: creates, updates, the events they emit (as the
// recorder plugin receives them), and validation that changes nothing.
#include "host_fixture.h"

namespace host::testing {
namespace {

class QaEntitiesTest : public HostFixture {};

TEST_F(QaEntitiesTest, CreatesAnswer201WithIdsAndEmitTheirEvents) {
    const auto center_id = center("America/New_York");
    const auto family_id = family();
    const auto adult_id = adult(family_id);
    const auto child_id = child(family_id);
    const auto contract_id = contract(child_id, center_id, "2025-09-01", "2026-06-30");
    const auto employee_id = employee(center_id);
    for (auto id : {center_id, family_id, adult_id, child_id, contract_id, employee_id})
        EXPECT_GT(id, 0);
    settle();

    const auto events = recorded_events();
    ASSERT_EQ(events.size(), 3u);
    EXPECT_EQ(events[0]->getValue<std::string>("type"), "adult.changed/1");
    const auto adult_state = events[0]->getObject("adult");
    EXPECT_EQ(adult_state->getValue<std::int64_t>("id"), adult_id);
    EXPECT_EQ(adult_state->getValue<std::int64_t>("family_id"), family_id);
    EXPECT_EQ(adult_state->getValue<std::string>("relationship"), "guardian");
    EXPECT_TRUE(adult_state->getValue<bool>("door_access"));
    EXPECT_FALSE(adult_state->getValue<bool>("do_not_admit"));
    EXPECT_EQ(events[1]->getValue<std::string>("type"), "contract.changed/1");
    const auto contract_state = events[1]->getObject("contract");
    EXPECT_EQ(contract_state->getValue<std::int64_t>("id"), contract_id);
    EXPECT_EQ(contract_state->getValue<std::int64_t>("child_id"), child_id);
    EXPECT_EQ(contract_state->getValue<std::int64_t>("center_id"), center_id);
    EXPECT_EQ(contract_state->getValue<std::string>("start_date"), "2025-09-01");
    EXPECT_EQ(contract_state->getValue<std::string>("end_date"), "2026-06-30");
    EXPECT_EQ(contract_state->getValue<std::string>("status"), "active");
    EXPECT_EQ(events[2]->getValue<std::string>("type"), "employee.changed/1");
    EXPECT_EQ(events[2]->getObject("employee")->getValue<std::int64_t>("home_center_id"),
              center_id);
    for (const auto& event : events) {
        EXPECT_EQ(event->getValue<std::string>("cause"), "created");
        EXPECT_TRUE(event->has("event_id"));
        EXPECT_TRUE(event->has("sequence"));
        EXPECT_TRUE(event->has("occurred_at"));
    }
}

TEST_F(QaEntitiesTest, PatchesAnswerTheNewStateAndEmitIt) {
    const auto center_id = center();
    const auto other_center = center("America/Denver");
    const auto family_id = family();
    const auto adult_id = adult(family_id);
    const auto contract_id = contract(child(family_id), center_id, "2025-09-01");
    const auto employee_id = employee(center_id);

    auto answer = qa("PATCH", "/qa/adults/" + std::to_string(adult_id),
                     R"({"do_not_admit":true,"relationship":"pickup"})");
    ASSERT_EQ(answer.status, 200) << answer.body;
    EXPECT_TRUE(answer.object()->getValue<bool>("do_not_admit"));
    EXPECT_EQ(answer.object()->getValue<std::string>("email"), "jane@example.com");

    answer = qa("PATCH", "/qa/contracts/" + std::to_string(contract_id),
                R"({"center_id":)" + std::to_string(other_center) + R"(,"end_date":"2025-12-19"})");
    ASSERT_EQ(answer.status, 200) << answer.body;
    EXPECT_EQ(answer.object()->getValue<std::string>("end_date"), "2025-12-19");

    answer =
        qa("PATCH", "/qa/employees/" + std::to_string(employee_id), R"({"status":"terminated"})");
    ASSERT_EQ(answer.status, 200) << answer.body;
    EXPECT_EQ(answer.object()->getValue<std::string>("status"), "terminated");

    answer = qa("PATCH", "/qa/contracts/" + std::to_string(contract_id), R"({"end_date":null})");
    ASSERT_EQ(answer.status, 200) << answer.body;
    EXPECT_TRUE(answer.object()->isNull("end_date"));
    settle();

    const auto events = recorded_events();
    ASSERT_EQ(events.size(), 7u);
    EXPECT_EQ(events[3]->getValue<std::string>("cause"), "updated");
    EXPECT_TRUE(events[3]->getObject("adult")->getValue<bool>("do_not_admit"));
    EXPECT_EQ(events[3]->getObject("adult")->getValue<std::string>("relationship"), "pickup");
    EXPECT_EQ(events[4]->getObject("contract")->getValue<std::int64_t>("center_id"), other_center);
    EXPECT_EQ(events[5]->getObject("employee")->getValue<std::string>("status"), "terminated");
    EXPECT_TRUE(events[6]->getObject("contract")->isNull("end_date"));
}

TEST_F(QaEntitiesTest, APatchThatChangesNothingEmitsNothing) {
    const auto adult_id = adult(family());
    ASSERT_EQ(
        qa("PATCH", "/qa/adults/" + std::to_string(adult_id), R"({"door_access":true})").status,
        200);
    settle();
    EXPECT_EQ(recorded_events().size(), 1u);
}

struct BadRequest {
    std::string method;
    std::string path;  // "{adult}", "{contract}", "{employee}" are replaced by real ids
    std::string body;
    int status;
    std::string message_part;
};

TEST_F(QaEntitiesTest, RefusesInvalidInputWithAMessageAndChangesNothing) {
    const auto center_id = center();
    const auto family_id = family();
    const auto adult_id = adult(family_id);
    const auto child_id = child(family_id);
    const auto contract_id = contract(child_id, center_id, "2025-09-01");
    const auto employee_id = employee(center_id);
    settle();
    const auto events_before = recorded_events().size();
    const std::string family = std::to_string(family_id);
    const std::string kid = std::to_string(child_id);
    const std::string place = std::to_string(center_id);

    const std::vector<BadRequest> cases{
        {"POST", "/qa/centers", R"({"name":"X","time_zone":"Mars/Base"})", 422,
         "time_zone 'Mars/Base'"},
        {"POST", "/qa/centers", R"({"name":"X"})", 422, "time_zone is required"},
        {"POST", "/qa/centers", R"({"name":"","time_zone":"UTC"})", 422, "name must not be empty"},
        {"POST", "/qa/centers", R"({"name":"X","time_zone":"UTC","id":5})", 422,
         "unknown field 'id'"},
        {"POST", "/qa/centers", R"({"name":"X",)", 400, "not valid JSON"},
        {"POST", "/qa/centers", R"(["X"])", 400, "must be a JSON object"},
        {"POST", "/qa/families", R"({"name":7})", 422, "name must be a string"},
        {"POST", "/qa/adults",
         R"({"family_id":999,"name":"A","email":"a@example.com","relationship":"guardian"})", 422,
         "family_id 999 does not exist"},
        {"POST", "/qa/adults",
         R"({"family_id":)" + family +
             R"(,"name":"A","email":"a.example.com","relationship":"guardian"})",
         422, "email 'a.example.com' is not a valid email address"},
        {"POST", "/qa/adults",
         R"({"family_id":)" + family +
             R"(,"name":"A","email":"a@example.com","relationship":"uncle"})",
         422, "relationship must be one of 'guardian', 'pickup'"},
        {"POST", "/qa/adults",
         R"({"family_id":)" + family +
             R"(,"name":"A","email":"a@example.com","relationship":"pickup","door_access":"yes"})",
         422, "door_access must be true or false"},
        {"PATCH", "/qa/adults/{adult}", R"({"email":"jane at example.com"})", 422, "email"},
        {"PATCH", "/qa/adults/{adult}", R"({"family_id":999})", 422, "family_id 999"},
        {"PATCH", "/qa/adults/999", R"({"name":"B"})", 404, "adult 999 does not exist"},
        {"PATCH", "/qa/adults/abc", R"({"name":"B"})", 404, "adult 'abc'"},
        {"POST", "/qa/children", R"({"family_id":999,"name":"K"})", 422, "family_id 999"},
        {"POST", "/qa/contracts",
         R"({"child_id":)" + kid + R"(,"center_id":)" + place + R"(,"start_date":"2025-02-30"})",
         422, "start_date '2025-02-30' is not a calendar date"},
        {"POST", "/qa/contracts",
         R"({"child_id":)" + kid + R"(,"center_id":)" + place +
             R"(,"start_date":"2025-09-01","end_date":"2025-08-31"})",
         422, "end_date 2025-08-31 is before start_date 2025-09-01"},
        {"POST", "/qa/contracts",
         R"({"child_id":999,"center_id":)" + place + R"(,"start_date":"2025-09-01"})", 422,
         "child_id 999 does not exist"},
        {"POST", "/qa/contracts",
         R"({"child_id":)" + kid + R"(,"center_id":999,"start_date":"2025-09-01"})", 422,
         "center_id 999 does not exist"},
        {"POST", "/qa/contracts",
         R"({"child_id":)" + kid + R"(,"center_id":)" + place +
             R"(,"start_date":"2025-09-01","status":"paused"})",
         422, "status must be one of 'active', 'withdrawn'"},
        {"PATCH", "/qa/contracts/{contract}", R"({"end_date":"31/12/2025"})", 422,
         "end_date '31/12/2025'"},
        {"PATCH", "/qa/contracts/{contract}", R"({"child_id":1})", 422, "unknown field 'child_id'"},
        {"PATCH", "/qa/contracts/4242", R"({"status":"withdrawn"})", 404,
         "contract 4242 does not exist"},
        {"POST", "/qa/employees", R"({"name":"E","email":"e@","home_center_id":)" + place + "}",
         422, "email 'e@'"},
        {"POST", "/qa/employees", R"({"name":"E","email":"e@example.com","home_center_id":999})",
         422, "home_center_id 999 does not exist"},
        {"PATCH", "/qa/employees/{employee}", R"({"status":"fired"})", 422,
         "status must be one of"},
        {"PATCH", "/qa/employees/{employee}", R"({"home_center_id":999})", 422,
         "home_center_id 999"},
    };
    for (auto bad : cases) {
        for (const auto& [name, id] :
             {std::pair{"{adult}", adult_id}, std::pair{"{contract}", contract_id},
              std::pair{"{employee}", employee_id}}) {
            if (auto at = bad.path.find(name); at != std::string::npos) {
                bad.path.replace(at, std::string(name).size(), std::to_string(id));
            }
        }
        const auto answer = qa(bad.method, bad.path, bad.body);
        EXPECT_EQ(answer.status, bad.status) << bad.method << " " << bad.path << " " << bad.body;
        ASSERT_NO_THROW(answer.error()) << answer.body;
        EXPECT_NE(answer.error().find(bad.message_part), std::string::npos)
            << bad.method << " " << bad.path << ": " << answer.error();
    }

    settle();
    EXPECT_EQ(recorded_events().size(), events_before);
    EXPECT_EQ(host->store().adult(adult_id).value().email, "jane@example.com");
    EXPECT_EQ(host->store().contract(contract_id).value().start_date, "2025-09-01");
    EXPECT_EQ(host->store().employee(employee_id).value().status, "active");
    EXPECT_EQ(host->store().centers().value().size(), 1u);
    EXPECT_FALSE(host->store().family(family_id + 1).ok());
}

TEST_F(QaEntitiesTest, UnknownEndpointsAndMethodsAnswerJsonErrors) {
    EXPECT_EQ(qa("GET", "/qa/nothing").status, 404);
    const auto answer = qa("DELETE", "/qa/centers");
    EXPECT_EQ(answer.status, 405);
    EXPECT_NE(answer.error().find("DELETE is not allowed"), std::string::npos);
}

}  // namespace
}  // namespace host::testing
