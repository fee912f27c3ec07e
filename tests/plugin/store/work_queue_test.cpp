#include "kisi/store/store.hpp"

#include "support/temp_dir.hpp"

#include <gtest/gtest.h>

namespace kisi::store {
namespace {

constexpr std::int64_t t0 = 1'700'000'000'000;

class WorkQueue : public ::testing::Test {
  protected:
    test::TempDir dir;
    std::unique_ptr<Store> store = Store::open(dir.path(), t0);
    WorkQueueRepo& queue = store->work_queue;
};

TEST_F(WorkQueue, PendingItemsWithTheSameKeyCoalesceToTheNewest) {
    auto a = queue.enqueue({"staff.grant", R"({"group_id":1})", "employee:4", t0 + 50}, t0);
    auto b = queue.enqueue({"staff.revoke", R"({"group_id":null})", "employee:4", t0 + 10}, t0 + 1);
    auto other = queue.enqueue({"staff.grant", "{}", "employee:5", t0}, t0);
    auto unkeyed1 = queue.enqueue({"reconcile", "{}", std::nullopt, t0}, t0);
    auto unkeyed2 = queue.enqueue({"reconcile", "{}", std::nullopt, t0}, t0);
    EXPECT_EQ(a, b);
    EXPECT_NE(a, other);
    EXPECT_NE(unkeyed1, unkeyed2);
    EXPECT_EQ(queue.count(WorkState::pending), 4);
    auto item = queue.get(a);
    EXPECT_EQ(item->kind, "staff.revoke");
    EXPECT_EQ(item->payload, R"({"group_id":null})");
    EXPECT_EQ(item->next_attempt_at, t0 + 10);  // the earlier of the two
}

TEST_F(WorkQueue, ClaimTakesDueItemsInOrderAndCountsAttempts) {
    auto late = queue.enqueue({"k", "late", std::nullopt, t0 + 100}, t0);
    auto first = queue.enqueue({"k", "first", std::nullopt, t0}, t0);
    auto claimed = queue.claim_next(t0);
    ASSERT_TRUE(claimed);
    EXPECT_EQ(claimed->id, first);
    EXPECT_EQ(claimed->state, WorkState::in_progress);
    EXPECT_EQ(claimed->attempts, 1);
    EXPECT_FALSE(queue.claim_next(t0 + 99));
    EXPECT_EQ(queue.next_due_at(), t0 + 100);
    EXPECT_EQ(queue.claim_next(t0 + 100)->id, late);
    EXPECT_FALSE(queue.next_due_at());
}

TEST_F(WorkQueue, RetryFailAndComplete) {
    auto id = queue.enqueue({"k", "p", "key", t0}, t0);
    queue.claim_next(t0);
    queue.retry_later(id, t0 + 1000, "Kisi answered 503", t0);
    auto item = queue.get(id);
    EXPECT_EQ(item->state, WorkState::pending);
    EXPECT_EQ(item->last_error, "Kisi answered 503");
    EXPECT_FALSE(queue.claim_next(t0 + 999));
    EXPECT_EQ(queue.claim_next(t0 + 1000)->attempts, 2);
    queue.fail(id, "Kisi refused: group not found", t0 + 1001);
    EXPECT_EQ(queue.get(id)->state, WorkState::failed);
    EXPECT_EQ(queue.latest_for_key("key")->last_error, "Kisi refused: group not found");
    EXPECT_EQ(queue.in_state(WorkState::failed, 10).size(), 1u);

    auto next = queue.enqueue({"k", "p2", "key", t0}, t0 + 2000);
    EXPECT_NE(next, id);  // a failed item does not absorb new work
    queue.claim_next(t0 + 2000);
    queue.complete(next, t0 + 2001);
    EXPECT_EQ(queue.get(next)->state, WorkState::done);
    EXPECT_EQ(queue.purge_done(t0 + 2002), 1);
    EXPECT_FALSE(queue.get(next));
}

TEST_F(WorkQueue, WorkInterruptedByACrashIsPendingAgainUnlessSuperseded) {
    auto a = queue.enqueue({"k", "a", "employee:1", t0}, t0);
    auto b = queue.enqueue({"k", "b", "employee:2", t0}, t0);
    queue.claim_next(t0);
    queue.claim_next(t0);
    auto newer = queue.enqueue({"k", "b2", "employee:2", t0}, t0 + 1);
    EXPECT_NE(newer, b);

    // A retry of a superseded item steps aside instead of colliding with the newer one.
    EXPECT_EQ(queue.requeue_in_progress(t0 + 2), 1);
    EXPECT_EQ(queue.get(a)->state, WorkState::pending);
    EXPECT_EQ(queue.get(b)->state, WorkState::done);
    EXPECT_EQ(queue.count(WorkState::pending), 2);
    EXPECT_EQ(queue.count(WorkState::in_progress), 0);
}

TEST_F(WorkQueue, RetryOfAnItemSupersededMeanwhileStepsAside) {
    auto a = queue.enqueue({"k", "a", "employee:1", t0}, t0);
    queue.claim_next(t0);
    auto newer = queue.enqueue({"k", "a2", "employee:1", t0}, t0 + 1);
    queue.retry_later(a, t0 + 500, "timeout", t0 + 2);
    EXPECT_EQ(queue.get(a)->state, WorkState::done);
    EXPECT_EQ(queue.get(newer)->state, WorkState::pending);
}

TEST_F(WorkQueue, QueuedWorkSurvivesReopening) {
    auto id = queue.enqueue({"staff.grant", R"({"employee_id":9})", "employee:9", t0}, t0);
    store.reset();
    auto reopened = Store::open(dir.path(), t0 + 1);
    auto item = reopened->work_queue.claim_next(t0 + 1);
    ASSERT_TRUE(item);
    EXPECT_EQ(item->id, id);
    EXPECT_EQ(item->payload, R"({"employee_id":9})");
}

}  // namespace
}  // namespace kisi::store
