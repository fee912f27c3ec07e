// PluginHarness drives a packaged plugin through the real ABI with fake host services.
#include <sdk/testing/plugin_harness.hpp>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace {

using testing::HasSubstr;

TEST(HarnessTest, LoadsThePluginWithTheGivenSettings) {
    sdk::testing::HarnessOptions options;
    options.settings_json = R"({"greeting": "moin"})";
    sdk::testing::PluginHarness harness(HEALTHY_FIXTURE_DIR, options);
    ASSERT_TRUE(harness.active()) << harness.info().reason;
    EXPECT_EQ(harness.id(), "healthy");

    harness.host().set_now_ms(42);
    auto page = harness.render_page("status", R"({"user":"ada"})");
    ASSERT_TRUE(page.ok()) << page.message;
    EXPECT_THAT(page.json, HasSubstr(R"({"label":"greeting","value":"moin"})"));
    EXPECT_THAT(page.json, HasSubstr(R"({"label":"now_ms","value":"42"})"));
    EXPECT_THAT(page.json, HasSubstr((harness.data_root() / "healthy").string()));
}

TEST(HarnessTest, RestartKeepsSecretsAndData) {
    sdk::testing::PluginHarness harness(HEALTHY_FIXTURE_DIR);
    ASSERT_TRUE(harness.run_action("status", "remember", R"({"values":{"note":"kept"}})").ok());
    harness.restart();
    ASSERT_TRUE(harness.active()) << harness.info().reason;
    EXPECT_EQ(harness.host().secrets("healthy").at("note"), "kept");
    EXPECT_TRUE(harness.handle_event(R"({"event_id":"e1"})").ok());
    EXPECT_THAT(harness.health().json, HasSubstr(R"("events":1)"));
}

}  // namespace
