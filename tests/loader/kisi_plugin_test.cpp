// The Kisi plugin loads, activates and deactivates cleanly through the real ABI (also run
// under ASan/UBSan: -DENABLE_SANITIZERS=ON).
#include <sdk/testing/plugin_harness.hpp>

#include <host/loader/manifest.hpp>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace {

using host::loader::PluginState;

TEST(KisiPluginTest, TheRepositoryManifestIsValid) {
    std::ifstream in(KISI_MANIFEST);
    std::stringstream text;
    text << in.rdbuf();
    auto parsed = host::loader::parse_manifest(text.str());
    ASSERT_TRUE(parsed.manifest) << testing::PrintToString(parsed.errors);
    EXPECT_EQ(parsed.manifest->id, "kisi");
    EXPECT_EQ(parsed.manifest->library_file, "libkisi.so");
}

TEST(KisiPluginTest, LoadsActivatesAndDeactivatesCleanly) {
    sdk::testing::PluginHarness harness(KISI_PLUGIN_DIR);
    ASSERT_TRUE(harness.active()) << harness.info().reason;
    EXPECT_EQ(harness.id(), "kisi");
    EXPECT_TRUE(harness.host().logged("Kisi plugin activated"));

    auto health = harness.health();
    ASSERT_TRUE(health.ok()) << health.message;
    EXPECT_THAT(health.json, testing::HasSubstr(R"("status":"ok")"));

    harness.manager().shutdown();
    EXPECT_EQ(harness.info().state, PluginState::stopped);
    EXPECT_TRUE(harness.host().logged("Kisi plugin deactivated"));
}

TEST(KisiPluginTest, RestartsWithTheSameData) {
    sdk::testing::PluginHarness harness(KISI_PLUGIN_DIR);
    ASSERT_TRUE(harness.active()) << harness.info().reason;
    harness.restart();
    EXPECT_TRUE(harness.active()) << harness.info().reason;
}

}  // namespace
