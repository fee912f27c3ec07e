// The scenarios of issue 6, each through the engine against the Kisi sandbox, ending with
// Kisi's state exactly equal to the desired state.
#include "support/sync_world.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace sync_test {
namespace {

using kisi::store::PersonKind;
using kisi::store::PersonRef;

// Center time zone America/Chicago: midnight is 06:00Z in winter (CST), 05:00Z in summer.
constexpr const char* march_1 = "2026-03-01T06:00:00Z";
constexpr const char* april_1 = "2026-04-01T05:00:00Z";

class Scenario : public ::testing::Test {
  protected:
    SyncWorld world;
    std::int64_t parents(int center) const { return world.centers.at(center - 1).parent_group; }
    std::int64_t staff(int center) const { return world.centers.at(center - 1).staff_group; }

    // Family 1: guardians Ann and Bob, pickup Cat, and Dan without door access; child 201
    // enrolled at center 1 from March 1st.
    void new_family() {
        world.model.put(Child{201, 1});
        for (const Adult& a : {Adult{101, 1, "Ann Guardian", "ann@example.com", "guardian"},
                               Adult{102, 1, "Bob Guardian", "bob@example.com", "guardian"},
                               Adult{103, 1, "Cat Pickup", "cat@example.com", "pickup"},
                               Adult{104, 1, "Dan Pickup", "dan@example.com", "pickup", false}})
            ASSERT_TRUE(world.deliver(world.model.put(a)));
        ASSERT_TRUE(world.deliver(world.model.put(Contract{301, 201, 1, "2026-03-01"})));
        ASSERT_TRUE(world.settle());
    }

    std::set<std::string> family_at(std::int64_t group, const std::string& from,
                                    const std::string& until = "open") {
        return {SyncWorld::grant("ann@example.com", group, from, until),
                SyncWorld::grant("bob@example.com", group, from, until),
                SyncWorld::grant("cat@example.com", group, from, until)};
    }

    // Index (newest first) of the person's first audit entry with this action and target.
    long audit_position(const PersonRef& person, const std::string& action, std::int64_t group) {
        auto entries = world.store().audit.for_subject(person, 100);
        auto it = std::find_if(entries.begin(), entries.end(), [&](const auto& e) {
            return e.action == action && e.target == "group:" + std::to_string(group);
        });
        return it == entries.end() ? -1 : std::distance(entries.begin(), it);
    }
};

std::set<std::string> merged(std::set<std::string> a, const std::set<std::string>& b) {
    a.insert(b.begin(), b.end());
    return a;
}

TEST_F(Scenario, NewFamilyWithTwoGuardiansAndAPickup) {
    const auto users_before = world.kisi_user_count();
    new_family();
    EXPECT_EQ(world.kisi_state(), family_at(parents(1), march_1));
    EXPECT_EQ(world.kisi_user_count(), users_before + 3);  // Dan has no door access
    auto ann = world.store().user_links.get({PersonKind::adult, 101});
    ASSERT_TRUE(ann);
    EXPECT_TRUE(ann->created_by_plugin);
    EXPECT_EQ(world.engine().access_state({PersonKind::adult, 101}), "granted");
    EXPECT_EQ(world.engine().access_state({PersonKind::adult, 104}), "none");
}

TEST_F(Scenario, SecondChildAtAnotherCenter) {
    new_family();
    world.model.put(Child{202, 1});
    ASSERT_TRUE(world.deliver(world.model.put(Contract{302, 202, 2, "2026-03-01"})));
    ASSERT_TRUE(world.settle());
    EXPECT_EQ(world.kisi_state(),
              merged(family_at(parents(1), march_1), family_at(parents(2), march_1)));
}

TEST_F(Scenario, ContractStartingNextMonthIsProvisionedAhead) {
    world.model.put(Child{201, 1});
    world.model.put(Adult{101, 1, "Ann Guardian", "ann@example.com", "guardian"});
    ASSERT_TRUE(world.deliver(world.model.put(Contract{301, 201, 1, "2026-04-01"})));
    ASSERT_TRUE(world.settle());
    EXPECT_EQ(world.kisi_state(),
              (std::set<std::string>{SyncWorld::grant("ann@example.com", parents(1), april_1)}));
    EXPECT_EQ(world.engine().access_state({PersonKind::adult, 101}), "granted (not yet valid)");
}

TEST_F(Scenario, EndDateReachedThroughTheClock) {
    world.model.put(Child{201, 1});
    world.model.put(Adult{101, 1, "Ann Guardian", "ann@example.com", "guardian"});
    ASSERT_TRUE(world.deliver(
        world.model.put(Contract{301, 201, 1, "2026-03-01", std::string("2026-03-31")})));
    ASSERT_TRUE(world.settle());
    EXPECT_EQ(
        world.kisi_state(),
        (std::set<std::string>{SyncWorld::grant("ann@example.com", parents(1), march_1, april_1)}));
    world.clock.set(iso_ms(april_1) + 1000);  // no event: the engine's own recheck fires
    ASSERT_TRUE(world.settle());
    EXPECT_TRUE(world.kisi_state().empty());
}

TEST_F(Scenario, WithdrawalRevokesAtOnce) {
    new_family();
    auto contract = world.model.contract(301);
    contract.status = "withdrawn";
    ASSERT_TRUE(world.deliver(world.model.put(contract)));
    ASSERT_TRUE(world.settle());
    EXPECT_TRUE(world.kisi_state().empty());
}

TEST_F(Scenario, DoNotAdmitSetAndCleared) {
    new_family();
    auto bob = world.model.adult(102);
    bob.do_not_admit = true;
    ASSERT_TRUE(world.deliver(world.model.put(bob)));
    ASSERT_TRUE(world.settle());
    auto without_bob = family_at(parents(1), march_1);
    without_bob.erase(SyncWorld::grant("bob@example.com", parents(1), march_1));
    EXPECT_EQ(world.kisi_state(), without_bob);
    const auto why = world.engine().explain({PersonKind::adult, 102});
    EXPECT_FALSE(why.has_access_now);
    EXPECT_NE(why.summary.find("do_not_admit"), std::string::npos) << why.summary;

    bob.do_not_admit = false;
    ASSERT_TRUE(world.deliver(world.model.put(bob)));
    ASSERT_TRUE(world.settle());
    EXPECT_EQ(world.kisi_state(), family_at(parents(1), march_1));
}

TEST_F(Scenario, EmailChangedMovesAccessToTheNewKisiUser) {
    new_family();
    auto ann = world.model.adult(101);
    ann.email = "ann.new@example.com";
    ASSERT_TRUE(world.deliver(world.model.put(ann)));
    ASSERT_TRUE(world.settle());
    auto expected = family_at(parents(1), march_1);
    expected.erase(SyncWorld::grant("ann@example.com", parents(1), march_1));
    expected.insert(SyncWorld::grant("ann.new@example.com", parents(1), march_1));
    EXPECT_EQ(world.kisi_state(), expected);
    EXPECT_EQ(world.store().user_links.get({PersonKind::adult, 101})->email, "ann.new@example.com");
}

TEST_F(Scenario, TransferBetweenCentersHasNoGapAndNoDoubleGrant) {
    new_family();
    auto old_contract = world.model.contract(301);
    old_contract.end_date = "2026-03-31";
    ASSERT_TRUE(world.deliver(world.model.put(old_contract)));
    world.model.put(Child{202, 1});  // the same child, re-enrolled at center 2
    ASSERT_TRUE(world.deliver(world.model.put(Contract{302, 202, 2, "2026-04-01"})));
    ASSERT_TRUE(world.settle());
    // The old access ends at the very instant the new one starts.
    EXPECT_EQ(world.kisi_state(),
              merged(family_at(parents(1), march_1, april_1), family_at(parents(2), april_1)));

    world.clock.set(iso_ms(april_1) + 1000);
    ASSERT_TRUE(world.settle());
    EXPECT_EQ(world.kisi_state(), family_at(parents(2), april_1));
}

TEST_F(Scenario, ContractMovedToAnotherCenterAddsTheNewBeforeRemovingTheOld) {
    new_family();
    auto contract = world.model.contract(301);
    contract.center_id = 2;
    ASSERT_TRUE(world.deliver(world.model.put(contract)));
    ASSERT_TRUE(world.settle());
    EXPECT_EQ(world.kisi_state(), family_at(parents(2), march_1));
    const PersonRef ann{PersonKind::adult, 101};
    const auto created = audit_position(ann, "assignment.create", parents(2));
    const auto deleted = audit_position(ann, "assignment.delete", parents(1));
    ASSERT_GE(created, 0);
    ASSERT_GE(deleted, 0);
    EXPECT_GT(created, deleted);  // newest first: the create is older than the delete
}

TEST_F(Scenario, EmployeeAddedMovedAndTerminated) {
    const PersonRef eve{PersonKind::employee, 501};
    ASSERT_TRUE(world.deliver(world.model.put(Employee{501, "Eve Staff", "eve@example.com", 1})));
    ASSERT_TRUE(world.settle());
    EXPECT_EQ(world.kisi_state(),
              (std::set<std::string>{SyncWorld::grant("eve@example.com", staff(1), "open")}));

    world.store().staff_groups.set({501, staff(2), 0});  // chosen on her Kisi tab
    world.engine().request_sync(eve);
    ASSERT_TRUE(world.settle());
    EXPECT_EQ(world.kisi_state(),
              (std::set<std::string>{SyncWorld::grant("eve@example.com", staff(2), "open")}));
    EXPECT_GT(audit_position(eve, "assignment.create", staff(2)),
              audit_position(eve, "assignment.delete", staff(1)));

    auto employee = world.model.employee(501);
    employee.status = "terminated";
    ASSERT_TRUE(world.deliver(world.model.put(employee)));
    ASSERT_TRUE(world.settle());
    EXPECT_TRUE(world.kisi_state().empty());
}

TEST_F(Scenario, AdultAlreadyInKisiIsLinkedNotDuplicated) {
    ASSERT_TRUE(
        world.admin().create_managed_user({"Pre.Existing@Example.com", "Pre Existing"}).ok());
    const auto users_before = world.kisi_user_count();
    world.model.put(Child{201, 1});
    world.model.put(Adult{101, 1, "Pre Existing", "pre.existing@example.com", "guardian"});
    ASSERT_TRUE(world.deliver(world.model.put(Contract{301, 201, 1, "2026-03-01"})));
    ASSERT_TRUE(world.settle());
    EXPECT_EQ(world.kisi_user_count(), users_before);
    // The sandbox, like Kisi, keeps emails lowercased.
    EXPECT_EQ(
        world.kisi_state(),
        (std::set<std::string>{SyncWorld::grant("pre.existing@example.com", parents(1), march_1)}));
    EXPECT_FALSE(world.store().user_links.get({PersonKind::adult, 101})->created_by_plugin);
}

TEST_F(Scenario, ManualAssignmentIsLeftUntouchedAndReported) {
    auto manual = world.admin().create_managed_user({"helper@example.com", "Helper"});
    ASSERT_TRUE(manual.ok());
    kisi::client::NewGroupRoleAssignment by_hand;
    by_hand.user_id = manual.value().id;
    by_hand.group_id = parents(1);
    ASSERT_TRUE(world.admin().create_group_role_assignment(by_hand).ok());
    new_family();

    auto plan = world.engine().preview();
    ASSERT_TRUE(plan.ok());
    EXPECT_TRUE(plan.value().steps.empty());
    ASSERT_EQ(plan.value().manual.size(), 1u);
    EXPECT_EQ(plan.value().manual.front().kisi_user_id, manual.value().id);

    world.engine().request_reconcile();
    ASSERT_TRUE(world.settle());
    auto expected = family_at(parents(1), march_1);
    expected.insert(SyncWorld::grant("helper@example.com", parents(1), "open"));
    EXPECT_EQ(world.kisi_state(), expected);
}

TEST_F(Scenario, RedeliveredEventIsRecognised) {
    world.model.put(Child{201, 1});
    const auto event = world.model.put(Adult{101, 1, "Ann Guardian", "ann@example.com"});
    EXPECT_TRUE(world.deliver(event));
    EXPECT_FALSE(world.deliver(event));
    ASSERT_TRUE(world.settle());
}

}  // namespace
}  // namespace sync_test
