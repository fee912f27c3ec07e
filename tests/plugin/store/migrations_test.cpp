#include "kisi/store/store.hpp"

#include "support/temp_dir.hpp"
#include "support/version_1_database.hpp"

#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/Session.h>
#include <gtest/gtest.h>

#include <fstream>

namespace kisi::store {
namespace {

using namespace Poco::Data::Keywords;
using test::TempDir;

constexpr std::int64_t t0 = 1'700'000'000'000;

TEST(Migrations, NewDatabaseReachesTheLatestVersionWithDefaultOptions) {
    TempDir dir;
    auto store = Store::open(dir.path(), t0);
    EXPECT_EQ(store->migration().from_version, 0);
    EXPECT_EQ(store->migration().to_version, latest_schema_version());
    EXPECT_EQ(store->options.get(), AccessOptions{});
    EXPECT_FALSE(store->connection.get());
}

TEST(Migrations, ReopeningKeepsEverythingAndAppliesNothing) {
    TempDir dir;
    {
        auto store = Store::open(dir.path(), t0);
        store->connection.save({"https://api.kisi.io", 7, "Org", "wxyz", "cafe", t0});
        store->place_links.save({5, 9, 50, std::nullopt, t0});
        store->options.save({1, 2, 15, 6});
        store->work_queue.enqueue({"staff.grant", R"({"employee_id":3})", "employee:3", t0}, t0);
    }
    auto store = Store::open(dir.path(), t0 + 1);
    EXPECT_EQ(store->migration().from_version, latest_schema_version());
    EXPECT_EQ(store->migration().to_version, latest_schema_version());
    EXPECT_EQ(store->connection.get()->organization_name, "Org");
    EXPECT_EQ(store->place_links.by_center(9)->place_id, 5);
    EXPECT_EQ(store->options.get(), (AccessOptions{1, 2, 15, 6}));
    EXPECT_EQ(store->work_queue.count(WorkState::pending), 1);
    EXPECT_EQ(migrate(store->db(), t0 + 2).from_version, latest_schema_version());
}

TEST(Migrations, VersionOneDatabaseIsUpgradedKeepingItsConfiguration) {
    TempDir dir;
    test::write_version_1_database(dir.path() / Store::file_name);
    auto store = Store::open(dir.path(), t0);
    EXPECT_EQ(store->migration().from_version, 1);
    EXPECT_EQ(store->migration().to_version, latest_schema_version());
    EXPECT_EQ(store->options.get(), (AccessOptions{3, 2, 20, 7}));
    auto connection = store->connection.get();
    ASSERT_TRUE(connection);
    EXPECT_EQ(connection->organization_name, "Little Acorns");
    EXPECT_EQ(connection->key_last4, "abcd");
    auto link = store->place_links.by_place(11);
    ASSERT_TRUE(link);
    EXPECT_EQ(link->center_id, 1);
    EXPECT_EQ(link->staff_group_id, 102);
    // The tables of the later versions exist and work.
    store->staff_groups.set({4, 102, t0});
    EXPECT_EQ(store->staff_groups.get(4)->group_id, 102);
    EXPECT_GT(store->work_queue.enqueue({"staff.grant", "{}", std::nullopt, t0}, t0), 0);
}

TEST(Migrations, DatabaseFromANewerPluginIsRefusedWithAClearMessage) {
    TempDir dir;
    { auto store = Store::open(dir.path(), t0); }
    {
        Poco::Data::Session s("SQLite", (dir.path() / Store::file_name).string());
        s << "INSERT INTO schema_version VALUES (999, 'future', 0)", now;
    }
    try {
        Store::open(dir.path(), t0);
        FAIL() << "a newer schema must be refused";
    } catch (const StoreError& e) {
        EXPECT_NE(std::string(e.what()).find("schema version 999"), std::string::npos) << e.what();
    }
}

TEST(Migrations, DatabaseUsesWriteAheadLogging) {
    TempDir dir;
    auto store = Store::open(dir.path(), t0);
    std::string mode;
    store->db().run([&](Poco::Data::Session& s) { s << "PRAGMA journal_mode", into(mode), now; });
    EXPECT_EQ(mode, "wal");
}

TEST(Migrations, UnwritableDataDirectoryIsAStoreError) {
    TempDir dir;
    std::filesystem::path file_not_dir = dir.path() / "occupied";
    { std::ofstream(file_not_dir) << "x"; }
    EXPECT_THROW(Store::open(file_not_dir, t0), StoreError);
}

}  // namespace
}  // namespace kisi::store
