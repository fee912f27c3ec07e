// Every QA, plugin UI and app route refuses requests without valid credentials.
#include "host_fixture.h"

namespace host::testing {
namespace {

struct Route {
    std::string method;
    std::string path;
};

const std::vector<Route> qa_routes{
    {"POST", "/qa/centers"},
    {"POST", "/qa/families"},
    {"POST", "/qa/adults"},
    {"PATCH", "/qa/adults/1"},
    {"POST", "/qa/children"},
    {"POST", "/qa/contracts"},
    {"PATCH", "/qa/contracts/1"},
    {"POST", "/qa/employees"},
    {"PATCH", "/qa/employees/1"},
    {"GET", "/qa/clock"},
    {"PUT", "/qa/clock"},
    {"GET", "/qa/plugins"},
    {"POST", "/qa/plugins/recorder/settle"},
    {"POST", "/qa/tokens"},
};

const std::vector<Route> plugin_ui_routes{
    {"GET", "/api/plugins/recorder/pages/control"},
    {"POST", "/api/plugins/recorder/pages/control/actions/refuse_events"},
    {"GET", "/api/employees/1/tabs/recorder/badge"},
    {"POST", "/api/employees/1/tabs/recorder/badge"},
};

const std::vector<Route> app_routes{{"GET", "/app/doors"}, {"POST", "/app/doors/101/unlock"}};

class CredentialsTest : public HostFixture {
  protected:
    void expect_refused(const std::vector<Route>& routes, const std::optional<std::string>& bearer,
                        int status) const {
        for (const auto& route : routes) {
            const auto answer = client->send(route.method, route.path, std::string("{}"), bearer);
            EXPECT_EQ(answer.status, status) << route.method << " " << route.path;
            EXPECT_FALSE(answer.error().empty());
            if (status == 401) {
                EXPECT_EQ(answer.www_authenticate, "Bearer");
            }
        }
    }
};

TEST_F(CredentialsTest, QaRoutesNeedTheQaToken) {
    expect_refused(qa_routes, std::nullopt, 401);
    expect_refused(qa_routes, std::string("wrong-token"), 401);
    expect_refused(qa_routes, std::string(qa_token) + "x", 401);
    const auto adult_id = adult(family());
    const auto app_token =
        qa("POST", "/qa/tokens", R"({"adult_id":)" + std::to_string(adult_id) + "}")
            .object()
            ->getValue<std::string>("token");
    expect_refused(qa_routes, app_token, 401);
}

TEST_F(CredentialsTest, PluginUiRoutesNeedAnAdmin) {
    expect_refused(plugin_ui_routes, std::nullopt, 401);
    expect_refused(plugin_ui_routes, std::string("wrong-token"), 401);
    const auto adult_id = adult(family());
    const auto app_token =
        qa("POST", "/qa/tokens", R"({"adult_id":)" + std::to_string(adult_id) + "}")
            .object()
            ->getValue<std::string>("token");
    expect_refused(plugin_ui_routes, app_token, 401);
}

TEST_F(CredentialsTest, AppRoutesNeedAnAppToken) {
    expect_refused(app_routes, std::nullopt, 401);
    expect_refused(app_routes, std::string("app_0000"), 401);
    expect_refused(app_routes, std::string(qa_token), 401);
}

TEST_F(CredentialsTest, RefusedRequestsChangeNothing) {
    const auto answer =
        client->send("POST", "/qa/centers", std::string(R"({"name":"X","time_zone":"UTC"})"));
    EXPECT_EQ(answer.status, 401);
    EXPECT_TRUE(host->store().centers().value().empty());
}

class WithoutQaTokenTest : public HostFixture {
  protected:
    app::HostConfig config() override {
        auto config = HostFixture::config();
        config.options.qa_token.clear();
        return config;
    }
};

TEST_F(WithoutQaTokenTest, TheQaApiIsOffAndNoBearerIsAnAdmin) {
    for (const auto& route : qa_routes) {
        const auto answer =
            client->send(route.method, route.path, std::string("{}"), std::string(qa_token));
        EXPECT_EQ(answer.status, 404) << route.method << " " << route.path;
        EXPECT_NE(answer.error().find("--qa-token"), std::string::npos);
    }
    for (const auto& route : plugin_ui_routes) {
        EXPECT_EQ(
            client->send(route.method, route.path, std::string("{}"), std::string(qa_token)).status,
            401);
        EXPECT_EQ(client->send(route.method, route.path, std::string("{}"), std::string("")).status,
                  401);
    }
}

}  // namespace
}  // namespace host::testing
