// Step five: the employee's Kisi tab with their staff group. The sync engine runs behind it,
// so what the tab queues ends up in Kisi.
#include "support/kisi_plugin_fixture.hpp"

#include "kisi/store/store.hpp"

namespace kisi::test {
namespace {

class EmployeeTab : public KisiPluginTest {
  protected:
    void SetUp() override {
        KisiPluginTest::SetUp();
        ASSERT_TRUE(connect().ok);
        maple_staff = group_id("Maple Street Center Staff");
        riverside_staff = group_id("Riverside Center Staff");
    }
    // The staff group field's value on the tab ("" when empty).
    std::string group_field(std::int64_t employee) {
        auto blocks = tab(employee)->getArray("sections")->getObject(0)->getArray("blocks");
        for (std::size_t b = 0; b < blocks->size(); ++b) {
            auto block = blocks->getObject(b);
            if (block->getValue<std::string>("type") == "form")
                return block->getArray("fields")->getObject(0)->optValue<std::string>("value", "");
        }
        return "(no form)";
    }
    std::string queued_for(std::int64_t employee) {
        auto item = plugin_store()->work_queue.latest_for_key("person:employee:" +
                                                              std::to_string(employee));
        return item ? item->kind + " " + item->payload : "";
    }
    // The users holding an assignment in `group` in Kisi.
    std::vector<std::string> members_in_kisi(std::int64_t group) {
        std::vector<std::string> emails;
        auto assignments = kisi().list_group_role_assignments(group);
        EXPECT_TRUE(assignments) << assignments.error().message;
        if (assignments)
            for (const auto& a : assignments.value())
                emails.push_back(a.assignee_email.value_or("?"));
        return emails;
    }
    bool tab_says(std::int64_t employee, const std::string& text) {
        return mentions(tab(employee), text);
    }

    std::int64_t maple_staff = 0, riverside_staff = 0;
};

TEST_F(EmployeeTab, TheHomeCentersDefaultStaffGroupIsPrefilled) {
    EXPECT_EQ(group_field(erin), "");
    ASSERT_TRUE(save_place(place_id("Maple Street Center"),
                           R"({"center_id":"1","parent_group_id":")" +
                               std::to_string(group_id("Maple Street Center Parents")) +
                               R"(","staff_group_id":")" + std::to_string(maple_staff) + R"("})")
                    .ok);
    EXPECT_EQ(group_field(erin), std::to_string(maple_staff));
    EXPECT_TRUE(tab_says(erin, "default of the home center “Maple Street”"));
    EXPECT_EQ(group_field(omar), "");  // Riverside has no default
}

TEST_F(EmployeeTab, SavingAGroupValidatesItStoresItAndQueuesTheGrant) {
    Answer saved = save_tab(omar, R"({"group_id":")" + std::to_string(riverside_staff) + R"("})");
    EXPECT_EQ(saved.status, HP_OK) << saved.message;
    EXPECT_NE(saved.message.find("Omar Staff gets door access through the Kisi group "
                                 "“Riverside Center Staff”"),
              std::string::npos)
        << saved.message;
    EXPECT_EQ(group_field(omar), std::to_string(riverside_staff));
    EXPECT_EQ(queued_for(omar), R"(person {"person":"employee","id":8})");
    EXPECT_EQ(plugin_store()->staff_groups.get(omar)->group_id, riverside_staff);

    EXPECT_TRUE(eventually([&] { return tab_says(omar, "Access: granted"); }));
    EXPECT_EQ(members_in_kisi(riverside_staff), std::vector<std::string>{"omar@example.com"});
    EXPECT_TRUE(tab_says(omar, "(omar@example.com)"));  // the Kisi user it is linked to
}

TEST_F(EmployeeTab, AnUnknownGroupIsRefusedAndNothingIsStored) {
    Answer refused = save_tab(omar, R"({"group_id":"987654"})");
    EXPECT_EQ(refused.status, HP_E_INVALID_ARGUMENT);
    EXPECT_EQ(refused.field_errors["group_id"], "Kisi has no group 987654.");
    EXPECT_FALSE(plugin_store()->staff_groups.get(omar));
    EXPECT_EQ(queued_for(omar), "");

    Answer malformed = save_tab(omar, R"({"group_id":"12 34"})");
    EXPECT_EQ(malformed.status, HP_E_INVALID_ARGUMENT);
    EXPECT_TRUE(malformed.field_errors.count("group_id"));
}

TEST_F(EmployeeTab, AnEmptyGroupRemovesThePluginsAccess) {
    ASSERT_TRUE(save_tab(erin, R"({"group_id":")" + std::to_string(maple_staff) + R"("})").ok);
    ASSERT_TRUE(eventually([&] { return members_in_kisi(maple_staff).size() == 1; }));

    Answer cleared = save_tab(erin, R"({"group_id":""})");
    EXPECT_EQ(cleared.status, HP_OK) << cleared.message;
    EXPECT_NE(cleared.message.find("queued for removal"), std::string::npos) << cleared.message;
    auto stored = plugin_store()->staff_groups.get(erin);
    ASSERT_TRUE(stored);
    EXPECT_FALSE(stored->group_id);  // cleared, even over a center default
    EXPECT_EQ(group_field(erin), "");
    EXPECT_TRUE(tab_says(erin, "cleared on this tab (no staff access)"));
    EXPECT_TRUE(eventually([&] { return members_in_kisi(maple_staff).empty(); }));
}

TEST_F(EmployeeTab, KisisRefusalShowsOnTheTabWithItsReason) {
    ASSERT_EQ(sandbox_request("POST", "/_sandbox/faults",
                              R"({"status":{"code":404,"count":100,"method":"POST",)"
                              R"("path":"/role_assignments"}})"),
              200);
    ASSERT_TRUE(save_tab(erin, R"({"group_id":")" + std::to_string(maple_staff) + R"("})").ok);
    EXPECT_TRUE(eventually([&] { return tab_says(erin, "Access: failed: "); }));
    EXPECT_EQ(health()->getValue<std::string>("status"), "degraded");

    ASSERT_EQ(sandbox_request("DELETE", "/_sandbox/faults"), 204);
    ASSERT_TRUE(save_tab(erin, R"({"group_id":")" + std::to_string(maple_staff) + R"("})").ok);
    EXPECT_TRUE(eventually([&] { return tab_says(erin, "Access: granted"); }));
}

TEST_F(EmployeeTab, AnUnknownEmployeeIsNotFound) {
    auto rendered = plugin().render_tab("kisi", R"({"entity":"employee","id":99})");
    EXPECT_EQ(rendered.status, HP_E_NOT_FOUND);
    EXPECT_EQ(save_tab(ghost, R"({"group_id":""})").status, HP_E_NOT_FOUND);
    EXPECT_EQ(plugin().render_tab("other", R"({"entity":"employee","id":7})").status,
              HP_E_NOT_FOUND);
}

}  // namespace
}  // namespace kisi::test
