// QA API: the plugin list, settling, and app tokens.
#include "host_fixture.h"

namespace host::testing {
namespace {

class QaPluginsTest : public HostFixture {};

TEST_F(QaPluginsTest, ListsLoadedPluginsWithStateAndSubscriptions) {
    const auto answer = qa("GET", "/qa/plugins");
    ASSERT_EQ(answer.status, 200);
    const auto plugins = answer.array();
    ASSERT_EQ(plugins->size(), 1u);
    const auto recorder = plugins->getObject(0);
    EXPECT_EQ(recorder->getValue<std::string>("id"), "recorder");
    EXPECT_EQ(recorder->getValue<std::string>("version"), "1.0.0");
    EXPECT_EQ(recorder->getValue<std::string>("state"), "active");
    EXPECT_EQ(recorder->getArray("events")->size(), 3u);
    EXPECT_EQ(recorder->getArray("capabilities")->getElement<std::string>(0), "door_access");
    EXPECT_EQ(recorder->getValue<std::int64_t>("undelivered_events"), 0);
}

TEST_F(QaPluginsTest, SettleWaitsForThePluginsPendingWork) {
    ASSERT_EQ(qa("POST", "/api/plugins/recorder/pages/control/actions/set_pending",
                 R"({"row":null,"values":{"count":3}})")
                  .status,
              200);
    auto answer = qa("POST", "/qa/plugins/recorder/settle", R"({"timeout_ms":60})");
    EXPECT_EQ(answer.status, 504);
    EXPECT_EQ(answer.object()->getValue<std::int64_t>("pending_work"), 3);
    EXPECT_FALSE(answer.object()->getValue<bool>("settled"));
    EXPECT_NE(answer.error().find("did not settle within 60 ms"), std::string::npos);

    ASSERT_EQ(qa("POST", "/api/plugins/recorder/pages/control/actions/set_pending",
                 R"({"row":null,"values":{"count":0}})")
                  .status,
              200);
    answer = qa("POST", "/qa/plugins/recorder/settle", R"({"timeout_ms":1000})");
    EXPECT_EQ(answer.status, 200);
    EXPECT_TRUE(answer.object()->getValue<bool>("settled"));
}

TEST_F(QaPluginsTest, SettleWaitsForTheHostsUndeliveredEvents) {
    ASSERT_EQ(qa("POST", "/api/plugins/recorder/pages/control/actions/refuse_events",
                 R"({"values":{"count":1000000}})")
                  .status,
              200);
    adult(family());
    const auto answer = qa("POST", "/qa/plugins/recorder/settle", R"({"timeout_ms":50})");
    EXPECT_EQ(answer.status, 504);
    EXPECT_EQ(answer.object()->getValue<std::int64_t>("undelivered_events"), 1);
    EXPECT_EQ(answer.object()->getValue<std::int64_t>("pending_work"), 0);
}

TEST_F(QaPluginsTest, SettleRefusesUnknownPluginsAndBadTimeouts) {
    EXPECT_EQ(qa("POST", "/qa/plugins/nobody/settle", "{}").status, 404);
    EXPECT_EQ(qa("POST", "/qa/plugins/recorder/settle", R"({"timeout_ms":"soon"})").status, 422);
    EXPECT_EQ(qa("POST", "/qa/plugins/recorder/settle", R"({"timeout_ms":-1})").status, 422);
    EXPECT_EQ(qa("POST", "/qa/plugins/recorder/settle", "").status, 200);  // default timeout
}

TEST_F(QaPluginsTest, IssuesAppTokensForExistingPeopleOnly) {
    const auto adult_id = adult(family());
    const auto employee_id = employee(center());
    auto answer = qa("POST", "/qa/tokens", R"({"adult_id":)" + std::to_string(adult_id) + "}");
    ASSERT_EQ(answer.status, 201) << answer.body;
    const auto adult_token = answer.object()->getValue<std::string>("token");
    answer = qa("POST", "/qa/tokens", R"({"employee_id":)" + std::to_string(employee_id) + "}");
    ASSERT_EQ(answer.status, 201) << answer.body;
    EXPECT_NE(answer.object()->getValue<std::string>("token"), adult_token);

    EXPECT_EQ(qa("POST", "/qa/tokens", R"({"adult_id":999})").status, 422);
    EXPECT_NE(
        qa("POST", "/qa/tokens", R"({"adult_id":999})").error().find("adult_id 999 does not exist"),
        std::string::npos);
    EXPECT_EQ(qa("POST", "/qa/tokens", "{}").status, 422);
    EXPECT_EQ(qa("POST", "/qa/tokens", R"({"adult_id":1,"employee_id":1})").status, 422);
    EXPECT_EQ(qa("POST", "/qa/tokens", R"({"person":1})").status, 422);
}

}  // namespace
}  // namespace host::testing
