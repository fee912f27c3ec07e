// Step one of the setup: the API key, verified with Kisi before it is stored.
#include "support/kisi_plugin_fixture.hpp"

namespace kisi::test {
namespace {

class Connection : public KisiPluginTest {
  protected:
    std::map<std::string, std::string> secrets() { return plugin().host().secrets("kisi"); }
    std::string key_hint() { return "set, ends in …" + admin_key().substr(admin_key().size() - 4); }
};

TEST_F(Connection, SavingAVerifiedKeyStoresItAsASecretAndShowsOnlyItsLastFourCharacters) {
    Answer saved = connect();
    EXPECT_EQ(saved.status, HP_OK) << saved.message;
    EXPECT_TRUE(saved.ok);
    EXPECT_NE(saved.message.find("Little Acorns Childcare"), std::string::npos) << saved.message;
    EXPECT_NE(saved.message.find("Read 3 places"), std::string::npos) << saved.message;
    EXPECT_EQ(secrets()["kisi.api_key"], admin_key());

    JsonObject document = page();
    EXPECT_TRUE(mentions(document, key_hint()));
    EXPECT_TRUE(mentions(document, "Connected to the Kisi organization “Little Acorns Childcare”"));
    EXPECT_EQ(health()->getValue<std::string>("status"), "ok");
}

TEST_F(Connection, AWrongKeyIsRefusedAndNothingIsStored) {
    Answer refused = action("save-connection", R"({"api_key":"not-a-kisi-key","base_url":")" +
                                                   sandbox().base_url() + R"("})");
    watch_secret("not-a-kisi-key");
    EXPECT_EQ(refused.status, HP_E_INVALID_ARGUMENT);
    EXPECT_FALSE(refused.ok);
    EXPECT_NE(refused.field_errors["api_key"].find("did not accept this API key"),
              std::string::npos)
        << refused.field_errors["api_key"];
    EXPECT_TRUE(secrets().empty());
    EXPECT_TRUE(mentions(page(), "Not connected to Kisi yet."));
}

TEST_F(Connection, AWrongKeyLeavesAStoredConnectionUnchanged) {
    ASSERT_TRUE(connect().ok);
    Answer refused = action("save-connection", R"({"api_key":"wrong-key-0000","base_url":")" +
                                                   sandbox().base_url() + R"("})");
    watch_secret("wrong-key-0000");
    EXPECT_EQ(refused.status, HP_E_INVALID_ARGUMENT);
    EXPECT_EQ(secrets()["kisi.api_key"], admin_key());
    EXPECT_TRUE(mentions(page(), key_hint()));
}

TEST_F(Connection, TheKeyOfAUserWhoIsNotAnAdministratorIsRefused) {
    const std::string secret = managed_user_secret("parent@example.com");
    ASSERT_FALSE(secret.empty());
    Answer refused = action("save-connection", R"({"api_key":")" + secret + R"(","base_url":")" +
                                                   sandbox().base_url() + R"("})");
    EXPECT_EQ(refused.status, HP_E_INVALID_ARGUMENT);
    EXPECT_NE(refused.field_errors["api_key"].find(
                  "parent@example.com, who is not an administrator of the Kisi organization"),
              std::string::npos)
        << refused.field_errors["api_key"];
    EXPECT_TRUE(secrets().empty());
}

TEST_F(Connection, AnUnreachableKisiIsReportedOnTheBaseUrl) {
    const std::string url = sandbox().base_url();
    sandbox().stop();  // nothing listens there any more
    Answer refused = action("save-connection",
                            R"({"api_key":")" + admin_key() + R"(","base_url":")" + url + R"("})");
    EXPECT_EQ(refused.status, HP_E_UNAVAILABLE);
    EXPECT_NE(refused.field_errors["base_url"].find("Kisi could not be reached at " + url),
              std::string::npos)
        << refused.field_errors["base_url"];
    EXPECT_TRUE(secrets().empty());
}

TEST_F(Connection, AKisiOutageIsReportedAsKisiFailing) {
    ASSERT_EQ(sandbox_request("POST", "/_sandbox/faults", R"({"outage":{"code":503}})"), 200);
    Answer refused = connect();
    EXPECT_EQ(refused.status, HP_E_UPSTREAM) << refused.message;
    EXPECT_NE(refused.message.find("Kisi failed while checking the API key (HTTP 503)"),
              std::string::npos)
        << refused.message;
    EXPECT_TRUE(secrets().empty());
}

TEST_F(Connection, AMissingKeyOrAnUnusableBaseUrlIsRefusedPerField) {
    Answer no_key = action("save-connection", R"({"api_key":"  "})");
    EXPECT_EQ(no_key.status, HP_E_INVALID_ARGUMENT);
    EXPECT_EQ(no_key.field_errors["api_key"], "Paste the API key.");

    Answer plain_http = action("save-connection", R"({"api_key":")" + admin_key() +
                                                      R"(","base_url":"http://kisi.example.com"})");
    EXPECT_EQ(plain_http.status, HP_E_INVALID_ARGUMENT);
    EXPECT_TRUE(plain_http.field_errors.count("base_url")) << plain_http.message;
    EXPECT_TRUE(secrets().empty());
}

TEST_F(Connection, WithoutANewKeyTheStoredOneIsCheckedAgainstTheNewBaseUrl) {
    ASSERT_TRUE(connect().ok);
    Answer moved =
        action("save-connection", R"({"api_key":"","base_url":")" + sandbox().base_url() + R"("})");
    EXPECT_TRUE(moved.ok) << moved.message;
    EXPECT_EQ(secrets()["kisi.api_key"], admin_key());
}

}  // namespace
}  // namespace kisi::test
