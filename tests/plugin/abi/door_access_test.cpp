// Doors from the apps: a person's doors are the locks of the groups where the plugin holds a
// currently valid assignment for them; unlocks go through the person's own Kisi login. The
// sync engine makes the grants from the scripted directory's contracts and staff groups.
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
        // Kisi judges validity at the host's (simulated) time, 2026-01-01, too.
        ASSERT_EQ(sandbox_request("PUT", "/_sandbox/clock", R"({"now":"2026-01-01T00:00:00Z"})"),
                  200);
        ASSERT_TRUE(connect().ok);
        front = lock_id("Maple Street Center", "Front Door");
        gate = lock_id("Maple Street Center", "Playground Gate");
    }

    // Pat, a guardian with a child's contract at Maple Street; linking the place (its parent
    // group opens the front door) lets the sync engine grant Pat access.
    void enrol_pat(const std::string& start, std::optional<std::string> end = std::nullopt) {
        directory().set_adults({{1,
                                 1,
                                 "Pat Parent",
                                 "pat@example.com",
                                 true,
                                 false,
                                 {{100, maple_center, start, end, "active"}}}});
        ASSERT_TRUE(save_place(place_id("Maple Street Center"),
                               R"({"center_id":"1","parent_group_id":")" +
                                   std::to_string(group_id("Maple Street Center Parents")) +
                                   R"("})")
                        .ok);
        settle();
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

    std::int64_t front = 0, gate = 0;
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
    enrol_pat("2025-09-01");
    ASSERT_EQ(door_ids(pat), std::vector<std::int64_t>{front});
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

TEST_F(DoorAccess, AfterTheContractEndsTheDoorsAreGone) {
    enrol_pat("2025-09-01", "2026-01-05");
    EXPECT_EQ(door_ids(pat).size(), 1u);
    plugin().host().advance_ms(10 * day_ms);
    EXPECT_TRUE(door_ids(pat).empty());
    EXPECT_EQ(unlock_door(pat, front).status, HP_E_FORBIDDEN);
}

TEST_F(DoorAccess, KisiEnforcesItsOwnWindowToo) {
    // The contract starts on the 10th: Kisi holds the assignment from then on. A stale record
    // claiming it valid now lets the request through to Kisi, which refuses with its reason.
    enrol_pat("2026-01-10");
    EXPECT_TRUE(door_ids(pat).empty());
    auto store = plugin_store();
    auto entries = store->ledger.for_person(pat_ref);
    ASSERT_EQ(entries.size(), 1u);
    store->ledger.update_validity(entries[0].kisi_assignment_id, std::nullopt, std::nullopt,
                                  plugin().host().now_ms());
    auto refused = unlock_door(pat, front);
    EXPECT_EQ(refused.status, HP_E_UPSTREAM);
    EXPECT_NE(refused.message.find("Kisi did not open “Front Door”"), std::string::npos)
        << refused.message;
    EXPECT_NE(refused.message.find("not valid yet"), std::string::npos) << refused.message;
    EXPECT_EQ(unlock_audit(pat_ref).front().result, store::AuditResult::failed);
}

TEST_F(DoorAccess, AnUnreachableKisiIsReported) {
    enrol_pat("2025-09-01");
    EXPECT_EQ(door_ids(pat).size(), 1u);
    sandbox().stop();
    auto refused = unlock_door(pat, front);
    EXPECT_EQ(refused.status, HP_E_UNAVAILABLE) << refused.message;
    EXPECT_EQ(door_ids(pat).size(), 1u);  // listing works from what the plugin knows
}

TEST_F(DoorAccess, AnEmployeesStaffGrantOpensEveryDoorOfTheStaffGroup) {
    enrol_pat("2025-09-01");
    ASSERT_TRUE(save_tab(erin, R"({"group_id":")" +
                                   std::to_string(group_id("Maple Street Center Staff")) + R"("})")
                    .ok);
    settle();
    EXPECT_EQ(door_ids(erin_person).size(), 3u);
    EXPECT_TRUE(unlock_door(erin_person, gate).ok());
    EXPECT_EQ(door_ids(pat), std::vector<std::int64_t>{front});
}

TEST_F(DoorAccess, MalformedRequestsAreRefused) {
    EXPECT_EQ(list_doors(R"({"adult_id":1,"employee_id":7})").status, HP_E_INVALID_ARGUMENT);
    EXPECT_EQ(list_doors(R"({"child_id":1})").status, HP_E_INVALID_ARGUMENT);
    EXPECT_EQ(plugin().unlock_door(pat, "front-door").status, HP_E_INVALID_ARGUMENT);
}

}  // namespace
}  // namespace kisi::test
