// Doors from the apps: a person's doors are the locks of the groups where the plugin holds a
// currently valid assignment for them; unlocks go through the person's own Kisi login. The
// sync engine makes the grants; here the test arranges them in Kisi and in the ledger.
#include "support/kisi_plugin_fixture.hpp"

#include "kisi/store/store.hpp"

#include <Poco/JSON/Parser.h>

namespace kisi::test {
namespace {

constexpr std::int64_t day_ms = 86'400'000;
constexpr const char* pat = R"({"adult_id":1})";
constexpr const char* erin_person = R"({"employee_id":7})";

class DoorAccess : public KisiPluginTest {
  protected:
    void SetUp() override {
        KisiPluginTest::SetUp();
        // Kisi judges validity at the host's (simulated) time too.
        ASSERT_EQ(sandbox_request("PUT", "/_sandbox/clock", R"({"now":"2026-01-01T00:00:00Z"})"),
                  200);
        ASSERT_TRUE(connect().ok);
        maple_parents = group_id("Maple Street Center Parents");
        ASSERT_TRUE(
            save_place(place_id("Maple Street Center"), R"({"center_id":"1","parent_group_id":")" +
                                                            std::to_string(maple_parents) + R"("})")
                .ok);
        front = lock_id("Maple Street Center", "Front Door");
        gate = lock_id("Maple Street Center", "Playground Gate");
    }

    // What the sync engine does for a person: a managed Kisi user, a group_basic assignment
    // valid over [from, until) in Kisi, and the matching user link and ledger entry.
    void grant(store::PersonRef person, const std::string& email, std::int64_t group,
               std::int64_t from_ms, std::int64_t until_ms) {
        auto user = kisi().create_managed_user({email, "Pat Parent"});
        ASSERT_TRUE(user) << user.error().message;
        client::NewGroupRoleAssignment assignment;
        assignment.user_id = user->id;
        assignment.group_id = group;
        assignment.validity.from = std::chrono::time_point_cast<std::chrono::seconds>(
            std::chrono::sys_time<std::chrono::milliseconds>(std::chrono::milliseconds(from_ms)));
        assignment.validity.until = std::chrono::time_point_cast<std::chrono::seconds>(
            std::chrono::sys_time<std::chrono::milliseconds>(std::chrono::milliseconds(until_ms)));
        auto created = kisi().create_group_role_assignment(assignment);
        ASSERT_TRUE(created) << created.error().message;
        auto store = plugin_store();
        const auto now = plugin().host().now_ms();
        store->user_links.save({person, user->id, email, true, std::nullopt, std::nullopt, now});
        store->ledger.record({created->id, user->id, group, person, from_ms, until_ms, now, now});
    }

    std::vector<std::int64_t> door_ids(const std::string& person) {
        auto listed = list_doors(person);
        EXPECT_TRUE(listed.ok()) << listed.message;
        std::vector<std::int64_t> ids;
        if (!listed.ok()) return ids;
        auto doors = Poco::JSON::Parser().parse(listed.json).extract<Poco::JSON::Array::Ptr>();
        for (std::size_t i = 0; i < doors->size(); ++i)
            ids.push_back(doors->getObject(i)->getValue<std::int64_t>("id"));
        return ids;
    }

    std::vector<store::AuditEntry> unlock_audit(store::PersonRef person) {
        std::vector<store::AuditEntry> unlocks;
        for (auto& entry : plugin_store()->audit.for_subject(person, 100))
            if (entry.action == "door.unlock") unlocks.push_back(entry);
        return unlocks;
    }

    std::int64_t now() { return plugin().host().now_ms(); }

    std::int64_t maple_parents = 0, front = 0, gate = 0;
    const store::PersonRef pat_ref{store::PersonKind::adult, 1};
};

TEST_F(DoorAccess, WithoutGrantsThereAreNoDoorsAndUnlocksAreForbidden) {
    EXPECT_TRUE(door_ids(pat).empty());
    auto refused = unlock_door(pat, front);
    EXPECT_EQ(refused.status, HP_E_FORBIDDEN);
    auto audit = unlock_audit(pat_ref);
    ASSERT_EQ(audit.size(), 1u);
    EXPECT_EQ(audit[0].result, store::AuditResult::refused);
}

TEST_F(DoorAccess, AGuardianListsAndOpensExactlyTheDoorsOfTheirGroup) {
    grant(pat_ref, "pat@example.com", maple_parents, now() - day_ms, now() + 30 * day_ms);
    EXPECT_EQ(door_ids(pat), std::vector<std::int64_t>{front});
    auto listed = list_doors(pat);
    auto door =
        Poco::JSON::Parser().parse(listed.json).extract<Poco::JSON::Array::Ptr>()->getObject(0);
    EXPECT_EQ(door->getValue<std::string>("name"), "Front Door");
    EXPECT_EQ(door->getValue<std::string>("place"), "Maple Street Center");
    EXPECT_EQ(door->getValue<std::string>("center"), "Maple Street");

    auto opened = unlock_door(pat, front);
    EXPECT_EQ(opened.status, HP_OK) << opened.message;
    EXPECT_EQ(opened.json, R"({"message":"Unlocked!","ok":true})");
    // The unlock went through a login made for Pat, kept as a host secret.
    const auto secrets = plugin().host().secrets("kisi");
    ASSERT_TRUE(secrets.count("kisi.login.adult.1"));
    watch_secret(secrets.at("kisi.login.adult.1"));
    auto link = plugin_store()->user_links.get(pat_ref);
    ASSERT_TRUE(link->login_id);
    const auto login_id = *link->login_id;

    // A second unlock reuses that login.
    EXPECT_TRUE(unlock_door(pat, front).ok());
    EXPECT_EQ(plugin_store()->user_links.get(pat_ref)->login_id, login_id);

    auto gate_refused = unlock_door(pat, gate);
    EXPECT_EQ(gate_refused.status, HP_E_FORBIDDEN);
    auto audit = unlock_audit(pat_ref);
    ASSERT_EQ(audit.size(), 3u);
    EXPECT_EQ(audit[0].result, store::AuditResult::refused);
    EXPECT_EQ(audit[0].target, "lock:" + std::to_string(gate));
    EXPECT_EQ(audit[1].result, store::AuditResult::ok);
    EXPECT_EQ(audit[2].actor, "adult:1");
}

TEST_F(DoorAccess, OutsideTheGrantsWindowTheDoorsAreGone) {
    grant(pat_ref, "pat@example.com", maple_parents, now() - day_ms, now() + day_ms);
    EXPECT_EQ(door_ids(pat).size(), 1u);
    plugin().host().advance_ms(2 * day_ms);
    EXPECT_TRUE(door_ids(pat).empty());
    EXPECT_EQ(unlock_door(pat, front).status, HP_E_FORBIDDEN);
}

TEST_F(DoorAccess, KisiEnforcesItsOwnWindowToo) {
    // Kisi holds a window starting tomorrow while the ledger says valid now (a stale record):
    // Kisi's refusal and its reason reach the app.
    grant(pat_ref, "pat@example.com", maple_parents, now() + day_ms, now() + 30 * day_ms);
    auto store = plugin_store();
    auto entry = store->ledger.for_person(pat_ref).front();
    store->ledger.update_validity(entry.kisi_assignment_id, std::nullopt, std::nullopt, now());
    auto refused = unlock_door(pat, front);
    EXPECT_EQ(refused.status, HP_E_UPSTREAM);
    EXPECT_NE(refused.message.find("Kisi did not open “Front Door”"), std::string::npos)
        << refused.message;
    EXPECT_NE(refused.message.find("not valid yet"), std::string::npos) << refused.message;
    EXPECT_EQ(unlock_audit(pat_ref).front().result, store::AuditResult::failed);
}

TEST_F(DoorAccess, AnUnreachableKisiIsReported) {
    grant(pat_ref, "pat@example.com", maple_parents, now() - day_ms, now() + day_ms);
    EXPECT_EQ(door_ids(pat).size(), 1u);
    sandbox().stop();
    auto refused = unlock_door(pat, front);
    EXPECT_EQ(refused.status, HP_E_UNAVAILABLE) << refused.message;
    EXPECT_EQ(door_ids(pat).size(), 1u);  // listing works from what the plugin knows
}

TEST_F(DoorAccess, AnEmployeesStaffGrantOpensEveryDoorOfTheStaffGroup) {
    grant({store::PersonKind::employee, erin}, "erin@example.com",
          group_id("Maple Street Center Staff"), now() - day_ms, now() + day_ms);
    EXPECT_EQ(door_ids(erin_person).size(), 3u);
    EXPECT_TRUE(unlock_door(erin_person, gate).ok());
    EXPECT_TRUE(door_ids(pat).empty());
}

TEST_F(DoorAccess, MalformedRequestsAreRefused) {
    EXPECT_EQ(list_doors(R"({"adult_id":1,"employee_id":7})").status, HP_E_INVALID_ARGUMENT);
    EXPECT_EQ(list_doors(R"({"child_id":1})").status, HP_E_INVALID_ARGUMENT);
    EXPECT_EQ(plugin().unlock_door(pat, "front-door").status, HP_E_INVALID_ARGUMENT);
}

}  // namespace
}  // namespace kisi::test
