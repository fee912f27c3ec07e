// The API key never appears in any page, answer, log line, alert, error or data file. Every
// test of this suite checks its own output at its end (KisiPluginTest::TearDown); this one
// drives every entry point, successes and failures, and checks the whole transcript itself.
#include "support/kisi_plugin_fixture.hpp"

namespace kisi::test {
namespace {

using Secrecy = KisiPluginTest;

TEST_F(Secrecy, TheKeyIsAbsentFromEverythingThePluginSays) {
    const std::string url = sandbox().base_url();
    const auto maple = place_id("Maple Street Center");
    const auto front = lock_id("Maple Street Center", "Front Door");
    action("save-connection",
           R"({"api_key":")" + admin_key() + R"(x","base_url":")" + url + R"("})");
    ASSERT_TRUE(connect().ok);
    action("save-connection",
           R"({"api_key":")" + admin_key() + R"(","base_url":"ftp://)" + admin_key() + R"("})");
    action("save-connection", R"({"api_key":"","base_url":")" + url + R"("})");
    page();
    action("refresh-places");
    save_place(maple, R"({"center_id":"1","parent_group_id":")" +
                          std::to_string(group_id("Maple Street Center Parents")) + R"("})");
    save_place(maple, R"({"center_id":"1","parent_group_id":"987654"})");
    action("test-unlock", "{}", std::to_string(front));
    action("test-unlock", "{}", "987654");
    action("save-options", R"({"lead_days":99})");
    action("save-options", R"({"lead_days":1})");
    tab(erin);
    save_tab(erin, R"({"group_id":"987654"})");
    save_tab(erin,
             R"({"group_id":")" + std::to_string(group_id("Maple Street Center Staff")) + R"("})");
    list_doors(R"({"adult_id":1})");
    unlock_door(R"({"adult_id":1})", 1);
    health();
    settle();
    sandbox().stop();
    action("refresh-places");
    action("test-unlock", "{}", std::to_string(front));
    plugin().restart();
    page();

    const std::string said = transcript();
    // The capture is real: it holds pages, answers and log lines, and the key's last 4.
    EXPECT_NE(said.find("page settings"), std::string::npos);
    EXPECT_NE(said.find("log: "), std::string::npos);
    EXPECT_NE(said.find("set, ends in …" + admin_key().substr(admin_key().size() - 4)),
              std::string::npos);
    EXPECT_EQ(said.find(admin_key()), std::string::npos) << said;
}

}  // namespace
}  // namespace kisi::test
