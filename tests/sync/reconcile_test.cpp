// Full reconcile: preview changes nothing, sync-now repairs drift, big removals wait for an
// admin.
#include "support/sync_world.hpp"

#include <kisi/sync/sync_actions.hpp>
#include <kisi/sync/sync_section.hpp>

#include <gtest/gtest.h>

namespace sync_test {
namespace {

using kisi::store::PersonKind;

class Reconcile : public ::testing::Test {
  protected:
    SyncWorld world;
    std::int64_t parents(int center) const { return world.centers.at(center - 1).parent_group; }

    std::set<std::string> enrol_families(std::int64_t n) {
        std::set<std::string> expected;
        for (std::int64_t f = 1; f <= n; ++f) {
            const std::string email = "guardian" + std::to_string(f) + "@example.com";
            world.model.put(Child{f, f});
            world.model.put(Adult{f, f, "Guardian", email});
            EXPECT_TRUE(world.deliver(world.model.put(Contract{f, f, 1, "2026-03-01"})));
            expected.insert(SyncWorld::grant(email, parents(1), "2026-03-01T06:00:00Z"));
        }
        EXPECT_TRUE(world.settle());
        return expected;
    }

    // Withdraws family f's contract in the host without the event reaching the plugin.
    void withdraw_silently(std::int64_t f) {
        auto contract = world.model.contract(f);
        contract.status = "withdrawn";
        world.model.put(contract);
    }

    std::size_t writes_to_kisi() {
        std::size_t n = 0;
        auto log = world.control.requests();
        for (std::size_t i = 0; i < log->size(); ++i)
            n += log->getObject(static_cast<unsigned>(i))->getValue<std::string>("method") != "GET";
        return n;
    }

    kisi::sync::ReconcilePlan preview() {
        auto plan = world.engine().preview();
        EXPECT_TRUE(plan.ok()) << (plan.ok() ? "" : plan.failure().message);
        return plan.ok() ? plan.value() : kisi::sync::ReconcilePlan{};
    }

    sdk::ActionResult action(const std::string& id) {
        sdk::ActionRequest request;
        request.values = sdk::json::object();
        return *kisi::sync::run_sync_action(world.engine(), id, request, "admin:test");
    }
};

TEST_F(Reconcile, PreviewShowsThePlanAndChangesNothing) {
    const auto expected = enrol_families(3);
    withdraw_silently(2);
    world.control.clear_requests();
    const auto plan = preview();
    EXPECT_EQ(plan.count(kisi::sync::StepKind::remove), 1u);
    EXPECT_EQ(plan.count(kisi::sync::StepKind::create), 0u);
    EXPECT_EQ(writes_to_kisi(), 0u);
    EXPECT_EQ(world.kisi_state(), expected);

    const auto shown = action("preview-sync");
    EXPECT_TRUE(shown.ok());
    EXPECT_NE(shown.message().find("1 to remove"), std::string::npos) << shown.message();
    EXPECT_EQ(world.kisi_state(), expected);
}

TEST_F(Reconcile, SyncNowRepairsWhatEventsMissedAndWhatChangedInKisi) {
    auto expected = enrol_families(3);
    withdraw_silently(2);
    expected.erase(SyncWorld::grant("guardian2@example.com", parents(1), "2026-03-01T06:00:00Z"));
    // Someone deleted family 3's assignment in Kisi by hand.
    auto held = world.store().ledger.for_person({PersonKind::adult, 3});
    ASSERT_EQ(held.size(), 1u);
    ASSERT_TRUE(world.admin().delete_role_assignment(held.front().kisi_assignment_id).ok());

    EXPECT_TRUE(action("sync-now").ok());
    ASSERT_TRUE(world.settle());
    EXPECT_EQ(world.kisi_state(), expected);
    EXPECT_TRUE(preview().steps.empty());
}

TEST_F(Reconcile, ReadsEachManagedGroupInPagesOf250) {
    enrol_families(3);
    world.control.clear_requests();
    const auto plan = preview();
    EXPECT_TRUE(plan.steps.empty());
    // Three places with a parent and a staff group each.
    EXPECT_EQ(plan.groups_read, 6);
    EXPECT_EQ(world.control.requests()->size(), 6u);
}

TEST_F(Reconcile, RemovalsPastTheLimitWaitForApproval) {
    const auto enrolled = enrol_families(7);
    for (std::int64_t f = 1; f <= 6; ++f) withdraw_silently(f);  // limit: max(10% of 7, 5) = 5

    EXPECT_TRUE(action("sync-now").ok());
    ASSERT_TRUE(world.settle());
    ASSERT_TRUE(world.engine().held_removals());
    EXPECT_EQ(world.engine().held_removals()->removals, 6u);
    EXPECT_EQ(world.kisi_state(), enrolled);

    EXPECT_TRUE(action("reject-removals").ok());
    EXPECT_FALSE(world.engine().held_removals());
    EXPECT_EQ(action("approve-removals").status(), HP_E_CONFLICT);
    EXPECT_EQ(world.kisi_state(), enrolled);

    EXPECT_TRUE(action("sync-now").ok());
    ASSERT_TRUE(world.settle());
    ASSERT_TRUE(world.engine().held_removals());
    EXPECT_TRUE(action("approve-removals").ok());
    ASSERT_TRUE(world.settle());
    EXPECT_EQ(world.kisi_state(),
              (std::set<std::string>{
                  SyncWorld::grant("guardian7@example.com", parents(1), "2026-03-01T06:00:00Z")}));
}

TEST_F(Reconcile, ExplainsWhyAPersonHasOrLacksAccess) {
    enrol_families(2);
    withdraw_silently(2);
    world.engine().request_sync({PersonKind::adult, 2});
    ASSERT_TRUE(world.settle());
    const auto has = world.engine().explain({PersonKind::adult, 1});
    EXPECT_TRUE(has.has_access_now);
    EXPECT_NE(has.summary.find("active contract 1 at center 1"), std::string::npos) << has.summary;
    const auto lacks = world.engine().explain({PersonKind::adult, 2});
    EXPECT_FALSE(lacks.has_access_now);
    EXPECT_NE(lacks.summary.find("no child of the family has an active contract"),
              std::string::npos)
        << lacks.summary;
    EXPECT_FALSE(lacks.recent.empty());  // the removal is in the audit log
}

}  // namespace
}  // namespace sync_test

namespace sync_test {
namespace {

TEST(SyncSection, RendersStateActionsAndAuditAndAnswersItsActions) {
    SyncWorld world;
    world.model.put(Child{1, 1});
    world.model.put(Adult{1, 1, "Ann", "ann@example.com"});
    ASSERT_TRUE(world.deliver(world.model.put(Contract{1, 1, 1, "2026-03-01"})));
    ASSERT_TRUE(world.settle());

    kisi::sync::SyncSection section(world.engine(), world.store());
    const auto page = sdk::json::stringify(section.render().to_json());
    for (const char* expected :
         {"\"sync-now\"", "\"preview-sync\"", "\"explain-access\"", "assignment.create", "in sync"})
        EXPECT_NE(page.find(expected), std::string::npos) << expected << " missing in " << page;

    sdk::ActionRequest request;
    request.values = sdk::json::object();
    request.values->set("person", "adult");
    request.values->set("id", 1);
    const auto why = section.run("explain-access", request);
    EXPECT_TRUE(why.ok());
    EXPECT_NE(why.message().find("Has door access now"), std::string::npos) << why.message();
    EXPECT_EQ(section.run("approve-removals", request).status(), HP_E_CONFLICT);
}

}  // namespace
}  // namespace sync_test
