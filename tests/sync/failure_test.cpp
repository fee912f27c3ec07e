// Failure handling against the sandbox's fault injection: nothing lost, nothing duplicated.
#include "support/sync_world.hpp"

#include <gtest/gtest.h>

#include <thread>

namespace sync_test {
namespace {

using kisi::store::PersonKind;

class Failures : public ::testing::Test {
  protected:
    SyncWorld world;
    std::int64_t parents(int center) const { return world.centers.at(center - 1).parent_group; }

    // Family f: one guardian (adult f, "guardian<f>@example.com") with a child enrolled at
    // center 1 from March 1st; answers the expected grant.
    std::string enrol(std::int64_t f) {
        const std::string email = "guardian" + std::to_string(f) + "@example.com";
        world.model.put(Child{f, f});
        world.model.put(Adult{f, f, "Guardian " + std::to_string(f), email});
        EXPECT_TRUE(world.deliver(world.model.put(Contract{f, f, 1, "2026-03-01"})));
        return SyncWorld::grant(email, parents(1), "2026-03-01T06:00:00Z");
    }
};

TEST_F(Failures, OutageWith200ChangesQueuedConvergesWithoutLossOrDuplicates) {
    const auto users_before = world.kisi_user_count();
    world.control.inject(R"({"outage": {"code": 503}})");
    std::set<std::string> expected;
    for (std::int64_t f = 1; f <= 200; ++f) expected.insert(enrol(f));
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    EXPECT_FALSE(world.settle(std::chrono::milliseconds(1)));
    world.control.clear_faults();
    ASSERT_TRUE(world.settle(std::chrono::seconds(90)));

    EXPECT_EQ(world.kisi_state(), expected);
    EXPECT_EQ(world.kisi_user_count(), users_before + 200);
    auto listed = world.admin().list_group_role_assignments(parents(1));
    ASSERT_TRUE(listed.ok());
    EXPECT_EQ(listed.value().size(), 200u);  // a set would hide duplicates; the list does not
    EXPECT_EQ(world.store().ledger.count(), 200);
}

TEST_F(Failures, RateLimitStormIsRiddenOut) {
    world.control.inject(R"({"rate_limit_storm": {"count": 25, "retry_after_s": 0}})");
    std::set<std::string> expected;
    for (std::int64_t f = 1; f <= 10; ++f) expected.insert(enrol(f));
    ASSERT_TRUE(world.settle(std::chrono::seconds(60)));
    EXPECT_EQ(world.kisi_state(), expected);
    EXPECT_EQ(world.store().work_queue.count(kisi::store::WorkState::failed), 0);
}

TEST_F(Failures, A422OnOneItemDoesNotBlockTheOthers) {
    world.control.inject(
        R"({"status": {"code": 422, "count": 1, "method": "POST", "path": "/role_assignments"}})");
    std::set<std::string> granted;
    for (std::int64_t f = 1; f <= 3; ++f) granted.insert(enrol(f));
    ASSERT_TRUE(world.settle());

    int failed = 0;
    for (std::int64_t f = 1; f <= 3; ++f) {
        const auto state = world.engine().access_state({PersonKind::adult, f});
        if (state.rfind("failed: ", 0) == 0) {
            ++failed;
            granted.erase(SyncWorld::grant("guardian" + std::to_string(f) + "@example.com",
                                           parents(1), "2026-03-01T06:00:00Z"));
        } else {
            EXPECT_EQ(state, "granted");
        }
    }
    EXPECT_EQ(failed, 1);
    EXPECT_EQ(world.kisi_state(), granted);
    EXPECT_EQ(world.engine().health()->getValue<std::string>("status"), "degraded");
    EXPECT_EQ(world.engine().status().recent_failures.size(), 1u);

    // The next change for that person goes through and settles the failure.
    for (std::int64_t f = 1; f <= 3; ++f)
        ASSERT_TRUE(world.deliver(world.model.put(world.model.adult(f))));
    ASSERT_TRUE(world.settle());
    EXPECT_EQ(world.kisi_state().size(), 3u);
    EXPECT_EQ(world.engine().status().failed, 0);
    EXPECT_EQ(world.engine().health()->getValue<std::string>("status"), "ok");
}

TEST_F(Failures, RepeatedRefusalOfTheKeyQuarantinesUntilAKeyIsSaved) {
    world.control.inject(R"({"status": {"code": 401, "share": 1.0}})");
    const auto grant = enrol(1);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (world.engine().health()->getValue<std::string>("status") != "quarantined" &&
           std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    ASSERT_EQ(world.engine().health()->getValue<std::string>("status"), "quarantined");
    ASSERT_EQ(world.host_alerts().size(), 1u);
    EXPECT_NE(world.host_alerts().front().find("paused"), std::string::npos);
    EXPECT_EQ(world.engine().health()->getValue<std::int64_t>("pending_work"), 1);

    world.control.clear_faults();
    world.set_engine_client(world.connect(world.api_key()));  // the admin saved a key
    ASSERT_TRUE(world.settle());
    EXPECT_EQ(world.kisi_state(), std::set<std::string>{grant});
    EXPECT_EQ(world.engine().health()->getValue<std::string>("status"), "ok");
}

TEST_F(Failures, RetriesGoOnWhileTheHostsClockStandsStill) {
    world.clock.freeze();
    world.control.inject(R"({"status": {"code": 503, "count": 3}})");  // one item's whole budget
    const auto grant = enrol(1);
    ASSERT_TRUE(world.settle());
    EXPECT_EQ(world.kisi_state(), std::set<std::string>{grant});
    auto item = world.store().work_queue.latest_for_key("person:adult:1");
    ASSERT_TRUE(item);
    EXPECT_GE(item->attempts, 2);  // it really went back to the queue
}

TEST_F(Failures, RestartResumesQueuedWorkWithoutDuplicates) {
    world.control.inject(R"({"outage": {"code": 503}})");
    std::set<std::string> expected;
    for (std::int64_t f = 1; f <= 20; ++f) expected.insert(enrol(f));
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    world.stop();
    world.control.clear_faults();
    world.restart();
    ASSERT_TRUE(world.settle());
    EXPECT_EQ(world.kisi_state(), expected);
    EXPECT_EQ(world.store().ledger.count(), 20);
}

}  // namespace
}  // namespace sync_test
