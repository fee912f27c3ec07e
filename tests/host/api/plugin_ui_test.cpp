// The plugin UI API: pages, actions and employee tabs, with the plugin's status mapped to HTTP.
#include "host_fixture.h"

namespace host::testing {
namespace {

class PluginUiTest : public HostFixture {
  protected:
    HttpAnswer action(const std::string& name,
                      const std::string& body = R"({"row":null,"values":{}})") const {
        return qa("POST", "/api/plugins/recorder/pages/control/actions/" + name, body);
    }
};

TEST_F(PluginUiTest, RendersADeclaredPageWithTheViewer) {
    const auto answer = qa("GET", "/api/plugins/recorder/pages/control");
    ASSERT_EQ(answer.status, 200) << answer.body;
    EXPECT_EQ(answer.object()->getValue<std::string>("title"), "Recorder");
    EXPECT_NE(answer.body.find(R"("value":"qa")"), std::string::npos) << answer.body;
}

TEST_F(PluginUiTest, UnknownPluginsAndUndeclaredPagesAre404) {
    EXPECT_EQ(qa("GET", "/api/plugins/nobody/pages/control").status, 404);
    const auto answer = qa("GET", "/api/plugins/recorder/pages/secret");
    EXPECT_EQ(answer.status, 404);
    EXPECT_NE(answer.error().find("no settings page 'secret'"), std::string::npos);
    EXPECT_EQ(action("refuse_events").status, 200);
    EXPECT_EQ(qa("POST", "/api/plugins/recorder/pages/secret/actions/refuse_events", "{}").status,
              404);
}

TEST_F(PluginUiTest, ActionsAnswerThePluginsOutcomeWithTheMappedStatus) {
    auto answer = action("set_pending", R"({"row":null,"values":{"count":0}})");
    ASSERT_EQ(answer.status, 200) << answer.body;
    EXPECT_TRUE(answer.object()->getValue<bool>("ok"));
    EXPECT_EQ(answer.object()->getValue<std::string>("message"), "pending work set");

    answer = action("invalid");
    EXPECT_EQ(answer.status, 422);
    EXPECT_FALSE(answer.object()->getValue<bool>("ok"));
    EXPECT_EQ(answer.object()->getObject("field_errors")->getValue<std::string>("count"),
              "too small");
    EXPECT_EQ(action("conflict").status, 409);
    answer = action("upstream");
    EXPECT_EQ(answer.status, 502);
    EXPECT_EQ(answer.object()->getValue<std::string>("message"), "the remote refused");
    EXPECT_EQ(action("no_such_action").status, 404);
    EXPECT_EQ(action("invalid", "not json").status, 400);
}

TEST_F(PluginUiTest, EmployeeTabsRenderAndSave) {
    const auto employee_id = employee(center());
    const std::string path =
        "/api/employees/" + std::to_string(employee_id) + "/tabs/recorder/badge";
    auto answer = qa("POST", path, R"({"values":{"badge":"B-17"}})");
    ASSERT_EQ(answer.status, 200) << answer.body;
    EXPECT_TRUE(answer.object()->getValue<bool>("ok"));
    answer = qa("GET", path);
    ASSERT_EQ(answer.status, 200) << answer.body;
    EXPECT_NE(answer.body.find("B-17"), std::string::npos);

    answer = qa("POST", path, R"({"values":{"badge":""}})");
    EXPECT_EQ(answer.status, 422);
    EXPECT_EQ(answer.object()->getObject("field_errors")->getValue<std::string>("badge"),
              "required");
}

TEST_F(PluginUiTest, TabsNeedAnExistingEmployeeAndADeclaredTab) {
    const auto employee_id = employee(center());
    EXPECT_EQ(qa("GET", "/api/employees/999/tabs/recorder/badge").status, 404);
    EXPECT_EQ(qa("GET", "/api/employees/x/tabs/recorder/badge").status, 404);
    EXPECT_EQ(
        qa("GET", "/api/employees/" + std::to_string(employee_id) + "/tabs/recorder/other").status,
        404);
    EXPECT_EQ(
        qa("GET", "/api/employees/" + std::to_string(employee_id) + "/tabs/nobody/badge").status,
        404);
}

}  // namespace
}  // namespace host::testing
