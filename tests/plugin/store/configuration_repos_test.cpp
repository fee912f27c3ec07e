#include "kisi/store/store.hpp"

#include "support/temp_dir.hpp"

#include <gtest/gtest.h>

namespace kisi::store {
namespace {

constexpr std::int64_t t0 = 1'700'000'000'000;

class ConfigurationRepos : public ::testing::Test {
  protected:
    test::TempDir dir;
    std::unique_ptr<Store> store = Store::open(dir.path(), t0);
};

KisiCatalog demo_catalog() {
    KisiCatalog c;
    c.places = {{1, "Maple", "America/Chicago"}, {2, "Oak", std::nullopt}};
    c.groups = {{10, "Maple Parents", 1}, {11, "Maple Staff", 1}, {20, "Everyone", std::nullopt}};
    c.locks = {{100, "Front door", 1}, {101, "Back door", 1}, {200, "Gate", 2}};
    c.lock_ids_by_group = {{10, {100}}, {11, {100, 101}}, {20, {}}};
    return c;
}

TEST_F(ConfigurationRepos, ConnectionIsSavedReplacedAndCleared) {
    store->connection.save({"https://api.kisi.io", 7, "Org", "abcd", "f1", t0});
    store->connection.save({"http://127.0.0.1:1", std::nullopt, "Other", "wxyz", "f2", t0 + 5});
    auto c = store->connection.get();
    ASSERT_TRUE(c);
    EXPECT_EQ(c->base_url, "http://127.0.0.1:1");
    EXPECT_FALSE(c->organization_id);
    EXPECT_EQ(c->key_last4, "wxyz");
    EXPECT_EQ(c->verified_at, t0 + 5);
    store->connection.clear();
    EXPECT_FALSE(store->connection.get());
}

TEST_F(ConfigurationRepos, RefreshReplacesTheCacheAndMarksVanishedObjectsMissing) {
    store->kisi_cache.replace_all(demo_catalog(), t0);
    EXPECT_EQ(store->kisi_cache.last_refreshed_at(), t0);
    EXPECT_EQ(store->kisi_cache.places().size(), 2u);
    EXPECT_EQ(store->kisi_cache.place(1)->item.time_zone, "America/Chicago");
    EXPECT_FALSE(store->kisi_cache.group(20)->item.place_id);
    EXPECT_EQ(store->kisi_cache.locks_of_place(1).size(), 2u);
    EXPECT_EQ(store->kisi_cache.locks_of_group(11).size(), 2u);
    EXPECT_TRUE(store->kisi_cache.group_locks_known(20));  // known to open no lock

    KisiCatalog later = demo_catalog();
    later.places.pop_back();                   // Oak deleted in Kisi
    later.groups.erase(later.groups.begin());  // Maple Parents deleted
    later.locks = {{100, "Front door", 1}};    // Back door removed
    later.lock_ids_by_group = {{11, {100}}};   // group 20's locks not read this time
    store->kisi_cache.replace_all(later, t0 + 10);
    store->kisi_cache.replace_all(later, t0 + 20);

    EXPECT_FALSE(store->kisi_cache.place(1)->missing());
    EXPECT_EQ(store->kisi_cache.place(2)->missing_since, t0 + 10);  // first noticed, kept
    EXPECT_EQ(store->kisi_cache.group(10)->missing_since, t0 + 10);
    EXPECT_FALSE(store->kisi_cache.group_locks_known(10));
    EXPECT_FALSE(store->kisi_cache.group_locks_known(20));
    EXPECT_TRUE(store->kisi_cache.group_locks_known(11));
    EXPECT_TRUE(store->kisi_cache.lock(101)->missing());
    auto locks = store->kisi_cache.locks_of_group(11);
    ASSERT_EQ(locks.size(), 1u);
    EXPECT_EQ(locks[0].item.id, 100);

    // It comes back: present again.
    store->kisi_cache.replace_all(demo_catalog(), t0 + 30);
    EXPECT_FALSE(store->kisi_cache.place(2)->missing());
    EXPECT_EQ(store->kisi_cache.place(2)->fetched_at, t0 + 30);
}

TEST_F(ConfigurationRepos, GroupsAndTheirLocksCanBeRecordedOneByOne) {
    store->kisi_cache.replace_all(demo_catalog(), t0);
    store->kisi_cache.put_group({30, "New group", 1}, t0 + 1);
    EXPECT_FALSE(store->kisi_cache.group_locks_known(30));
    store->kisi_cache.put_group_locks(30, {{100, "Front door", 1}, {102, "Side door", 1}}, t0 + 2);
    EXPECT_TRUE(store->kisi_cache.group_locks_known(30));
    auto locks = store->kisi_cache.locks_of_group(30);
    ASSERT_EQ(locks.size(), 2u);
    EXPECT_EQ(locks[1].item.name, "Side door");  // a lock first seen through its group
    EXPECT_EQ(store->kisi_cache.locks_of_place(1).size(), 3u);
    store->kisi_cache.put_group_locks(30, {}, t0 + 3);
    EXPECT_TRUE(store->kisi_cache.group_locks_known(30));
    EXPECT_TRUE(store->kisi_cache.locks_of_group(30).empty());
}

TEST_F(ConfigurationRepos, OnePlacePerCenterAndOneCenterPerPlace) {
    EXPECT_FALSE(store->place_links.save({1, 7, 10, 11, t0}));
    EXPECT_EQ(store->place_links.save({2, 7, 20, std::nullopt, t0}), 1);  // center 7 is taken
    EXPECT_FALSE(store->place_links.by_place(2));
    // Re-saving place 1 with the same center, or moving it to another center, is fine.
    EXPECT_FALSE(store->place_links.save({1, 7, 12, std::nullopt, t0 + 1}));
    EXPECT_EQ(store->place_links.by_center(7)->parent_group_id, 12);
    EXPECT_FALSE(store->place_links.by_center(7)->staff_group_id);
    EXPECT_FALSE(store->place_links.save({1, 8, 12, std::nullopt, t0 + 2}));
    EXPECT_FALSE(store->place_links.by_center(7));
    EXPECT_FALSE(store->place_links.save({2, 7, 20, std::nullopt, t0 + 3}));
    EXPECT_EQ(store->place_links.all().size(), 2u);
    store->place_links.remove(1);
    EXPECT_FALSE(store->place_links.by_place(1));
}

TEST_F(ConfigurationRepos, OptionsRoundTrip) {
    AccessOptions o{2, 3, 25, 8};
    store->options.save(o);
    EXPECT_EQ(store->options.get(), o);
}

TEST_F(ConfigurationRepos, NestedTransactionRollsBackEveryRepositoryCall) {
    try {
        store->db().transaction([&](Poco::Data::Session&) {
            store->place_links.save({1, 7, 10, 11, t0});
            store->options.save({9, 9, 9, 9});
            throw std::runtime_error("half-way");
        });
    } catch (const std::runtime_error&) {
    }
    EXPECT_FALSE(store->place_links.by_place(1));
    EXPECT_EQ(store->options.get(), AccessOptions{});
}

}  // namespace
}  // namespace kisi::store
