#include "kisi/store/store.hpp"

#include "support/temp_dir.hpp"

#include <gtest/gtest.h>

namespace kisi::store {
namespace {

constexpr std::int64_t t0 = 1'700'000'000'000;

class AuditAndEvents : public ::testing::Test {
  protected:
    test::TempDir dir;
    std::unique_ptr<Store> store = Store::open(dir.path(), t0);
};

TEST_F(AuditAndEvents, EventIdsAreRememberedOnce) {
    EXPECT_TRUE(store->processed_events.remember("ev-1", t0));
    EXPECT_FALSE(store->processed_events.remember("ev-1", t0 + 1));
    EXPECT_TRUE(store->processed_events.seen("ev-1"));
    EXPECT_TRUE(store->processed_events.remember("ev-2", t0 + 10));
    EXPECT_EQ(store->processed_events.forget_before(t0 + 5), 1);
    EXPECT_FALSE(store->processed_events.seen("ev-1"));
    EXPECT_TRUE(store->processed_events.seen("ev-2"));
}

TEST_F(AuditAndEvents, AuditLogListsNewestFirstAndPerSubject) {
    PersonRef adult{PersonKind::adult, 3};
    store->audit.append({0, t0, "admin:alice", "lock.test_unlock", std::nullopt, "lock:100",
                         std::nullopt, AuditResult::ok, "Unlocked!"});
    store->audit.append({0, t0 + 1, "adult:3", "door.unlock", adult, "lock:100", "app",
                         AuditResult::refused, "not entitled"});
    store->audit.append({0, t0 + 2, "sync", "assignment.create", adult, "group:10",
                         "contract 7 active", AuditResult::failed, "Kisi answered 422"});
    auto recent = store->audit.recent(2);
    ASSERT_EQ(recent.size(), 2u);
    EXPECT_EQ(recent[0].action, "assignment.create");
    EXPECT_EQ(recent[0].result, AuditResult::failed);
    EXPECT_EQ(recent[1].reason, "app");
    auto mine = store->audit.for_subject(adult, 10);
    ASSERT_EQ(mine.size(), 2u);
    EXPECT_EQ(mine[1].subject, adult);
    EXPECT_FALSE(store->audit.recent(3)[2].subject);
    EXPECT_EQ(store->audit.latest("door.unlock", "lock:100")->message, "not entitled");
    EXPECT_EQ(store->audit.latest("lock.test_unlock", "lock:100")->actor, "admin:alice");
    EXPECT_FALSE(store->audit.latest("lock.test_unlock", "lock:101"));
}

}  // namespace
}  // namespace kisi::store
