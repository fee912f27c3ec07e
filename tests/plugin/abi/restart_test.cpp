// Re-activating the plugin over an existing database keeps every setting; migrations are
// idempotent; a database of an older schema version is upgraded.
#include "support/kisi_plugin_fixture.hpp"
#include "support/version_1_database.hpp"

#include "kisi/store/store.hpp"

namespace kisi::test {
namespace {

class Restart : public KisiPluginTest {};

TEST_F(Restart, ReactivationKeepsAllConfiguration) {
    ASSERT_TRUE(connect().ok);
    const auto maple = place_id("Maple Street Center");
    const auto parents = group_id("Maple Street Center Parents");
    const auto staff = group_id("Maple Street Center Staff");
    ASSERT_TRUE(save_place(maple, R"({"center_id":"1","parent_group_id":")" +
                                      std::to_string(parents) + R"(","staff_group_id":")" +
                                      std::to_string(staff) + R"("})")
                    .ok);
    ASSERT_TRUE(action("save-options", R"({"lead_days":4,"grace_days":2})").ok);
    ASSERT_TRUE(save_tab(omar, R"({"group_id":")" +
                                   std::to_string(group_id("Riverside Center Staff")) + R"("})")
                    .ok);
    const std::string before = transcript();

    for (int restart = 0; restart < 2; ++restart) {
        plugin().restart();
        ASSERT_TRUE(plugin().active()) << plugin().info().reason;
    }
    auto r = row("places", std::to_string(maple));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->getObject("cells")->getValue<std::string>("status"), "linked");
    EXPECT_EQ(r->getObject("cells")->getValue<std::string>("center"), "Maple Street");
    EXPECT_TRUE(mentions(page(), "set, ends in …" + admin_key().substr(admin_key().size() - 4)));
    auto store = plugin_store();
    EXPECT_EQ(store->options.get().lead_days, 4);
    EXPECT_EQ(store->migration().from_version, store::latest_schema_version());
    EXPECT_TRUE(store->staff_groups.get(omar));
    // The stored key still works: Kisi is reachable through it after the restart.
    EXPECT_TRUE(action("refresh-places").ok);
    EXPECT_TRUE(plugin().host().logged("database schema version " +
                                       std::to_string(store::latest_schema_version())));
    EXPECT_FALSE(plugin().host().logged("upgraded from"));
}

TEST_F(Restart, AVersionOneDatabaseIsUpgradedKeepingItsConfiguration) {
    plugin().manager().shutdown();
    const auto file = plugin_data_dir() / store::Store::file_name;
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(file.string() + suffix);
    write_version_1_database(file);
    plugin().restart();
    ASSERT_TRUE(plugin().active()) << plugin().info().reason;
    EXPECT_TRUE(plugin().host().logged("(upgraded from 1)"));

    auto store = plugin_store();
    EXPECT_EQ(store::current_schema_version(store->db()), store::latest_schema_version());
    EXPECT_EQ(store->options.get(), (store::AccessOptions{3, 2, 20, 7}));
    EXPECT_EQ(store->place_links.by_place(11)->center_id, 1);
    EXPECT_TRUE(mentions(page(), "set, ends in …abcd"));
    // The tables of the later versions work: the tab stores and queues.
    EXPECT_EQ(tab(erin)->getValue<std::string>("title"), "Kisi");
}

}  // namespace
}  // namespace kisi::test
