// Steps two to four: Kisi's places, each linked to a center with its parent and staff groups.
#include "support/kisi_plugin_fixture.hpp"

namespace kisi::test {
namespace {

class Places : public KisiPluginTest {
  protected:
    void SetUp() override {
        KisiPluginTest::SetUp();
        ASSERT_TRUE(connect().ok);
        maple = place_id("Maple Street Center");
        riverside = place_id("Riverside Center");
        oak_hill = place_id("Oak Hill Center");
        maple_parents = group_id("Maple Street Center Parents");
        maple_staff = group_id("Maple Street Center Staff");
        riverside_parents = group_id("Riverside Center Parents");
    }

    static std::string link(std::int64_t center, std::int64_t parent,
                            std::optional<std::int64_t> staff = std::nullopt) {
        return R"({"center_id":")" + std::to_string(center) + R"(","parent_group_id":")" +
               std::to_string(parent) + R"(","staff_group_id":")" +
               (staff ? std::to_string(*staff) : "") + R"("})";
    }

    std::string status_of(std::int64_t place) {
        JsonObject r = row("places", std::to_string(place));
        return r ? r->getObject("cells")->getValue<std::string>("status") : "(no row)";
    }
    std::string center_of(std::int64_t place) {
        JsonObject r = row("places", std::to_string(place));
        return r ? r->getObject("cells")->getValue<std::string>("center") : "(no row)";
    }
    // Whether a full reconcile was queued for the sync engine (done or not).
    bool reconcile_queued() {
        return plugin_store()->work_queue.latest_for_key("reconcile").has_value();
    }

    std::int64_t maple = 0, riverside = 0, oak_hill = 0;
    std::int64_t maple_parents = 0, maple_staff = 0, riverside_parents = 0;
};

TEST_F(Places, EveryKisiPlaceIsListedWithItsDoors) {
    JsonObject r = row("places", std::to_string(maple));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->getObject("cells")->getValue<std::string>("place"), "Maple Street Center");
    EXPECT_EQ(r->getObject("cells")->getValue<int>("doors"), 3);
    EXPECT_EQ(row("places", std::to_string(riverside))->getObject("cells")->getValue<int>("doors"),
              2);
    EXPECT_EQ(status_of(oak_hill), "not linked");

    // A place created in Kisi appears after a refresh, and only then.
    ASSERT_EQ(sandbox_request("POST", "/places",
                              R"({"place":{"name":"Elm Court Center","address":"1 Elm Court"}})"),
              200);
    const std::int64_t elm = place_id("Elm Court Center");
    EXPECT_FALSE(row("places", std::to_string(elm)));
    Answer refreshed = action("refresh-places");
    EXPECT_TRUE(refreshed.ok) << refreshed.message;
    EXPECT_NE(refreshed.message.find("Read 4 places"), std::string::npos) << refreshed.message;
    EXPECT_EQ(status_of(elm), "not linked");
}

TEST_F(Places, APlaceIsLinkedToACenterWithItsParentAndStaffGroups) {
    Answer saved = save_place(maple, link(maple_center, maple_parents, maple_staff));
    EXPECT_EQ(saved.status, HP_OK) << saved.message;
    EXPECT_NE(saved.message.find("linked to center “Maple Street”"), std::string::npos)
        << saved.message;
    EXPECT_EQ(status_of(maple), "linked");
    EXPECT_EQ(center_of(maple), "Maple Street");
    auto cells = row("places", std::to_string(maple))->getObject("cells");
    EXPECT_EQ(cells->getValue<std::string>("parent_group"),
              "Maple Street Center Parents (" + std::to_string(maple_parents) + ")");
    EXPECT_TRUE(reconcile_queued());  // the sync engine reconciles the linked centers
}

TEST_F(Places, AnOrganizationWideGroupMayServeAnyPlace) {
    Answer saved = save_place(maple, link(maple_center, maple_parents, group_id("All Staff")));
    EXPECT_TRUE(saved.ok) << saved.message;
    EXPECT_EQ(status_of(maple), "linked");
}

TEST_F(Places, AnUnknownGroupIdIsRefusedAndNothingIsSaved) {
    Answer refused = save_place(maple, link(maple_center, 987654));
    EXPECT_EQ(refused.status, HP_E_INVALID_ARGUMENT);
    EXPECT_EQ(refused.field_errors["parent_group_id"], "Kisi has no group 987654.");
    EXPECT_EQ(status_of(maple), "not linked");
    EXPECT_FALSE(reconcile_queued());
}

TEST_F(Places, AValidParentGroupWithABadStaffGroupIsNotHalfSaved) {
    ASSERT_TRUE(save_place(maple, link(maple_center, maple_parents)).ok);
    Answer refused = save_place(maple, link(maple_center, maple_parents, 987654));
    EXPECT_EQ(refused.status, HP_E_INVALID_ARGUMENT);
    EXPECT_EQ(refused.field_errors["staff_group_id"], "Kisi has no group 987654.");
    EXPECT_EQ(row("places", std::to_string(maple))
                  ->getObject("cells")
                  ->getValue<std::string>("staff_group"),
              "");
}

TEST_F(Places, AGroupOfAnotherPlaceIsRefused) {
    Answer refused = save_place(maple, link(maple_center, riverside_parents));
    EXPECT_EQ(refused.status, HP_E_INVALID_ARGUMENT);
    EXPECT_NE(refused.field_errors["parent_group_id"].find(
                  "belongs to place “Riverside Center”, not to “Maple Street Center”"),
              std::string::npos)
        << refused.field_errors["parent_group_id"];
    EXPECT_EQ(status_of(maple), "not linked");
}

TEST_F(Places, TwoPlacesCannotBeLinkedToOneCenter) {
    ASSERT_TRUE(save_place(maple, link(maple_center, maple_parents)).ok);
    Answer refused = save_place(riverside, link(maple_center, riverside_parents));
    EXPECT_EQ(refused.status, HP_E_CONFLICT);
    EXPECT_NE(refused.message.find("already linked to place “Maple Street Center”"),
              std::string::npos)
        << refused.message;
    EXPECT_TRUE(refused.field_errors.count("center_id"));
    EXPECT_EQ(status_of(riverside), "not linked");
    EXPECT_EQ(center_of(maple), "Maple Street");
}

TEST_F(Places, AnUnknownCenterAndTheSameGroupForParentsAndStaffAreRefused) {
    Answer refused = save_place(maple, link(42, maple_parents, maple_parents));
    EXPECT_EQ(refused.status, HP_E_INVALID_ARGUMENT);
    EXPECT_EQ(refused.field_errors["center_id"], "The host has no center 42.");
    EXPECT_TRUE(refused.field_errors.count("staff_group_id"));
    EXPECT_EQ(status_of(maple), "not linked");

    Answer malformed = save_place(maple, R"({"center_id":"one","parent_group_id":"1.5"})");
    EXPECT_EQ(malformed.status, HP_E_INVALID_ARGUMENT);
    EXPECT_EQ(malformed.field_errors.size(), 2u);
}

TEST_F(Places, APlaceDeletedInKisiAfterLinkingShowsAsDeleted) {
    ASSERT_TRUE(
        save_place(oak_hill, link(oak_hill_center, group_id("Oak Hill Center Parents"))).ok);
    ASSERT_EQ(sandbox_request("DELETE", "/places/" + std::to_string(oak_hill)), 204);

    Answer refreshed = action("refresh-places");
    EXPECT_TRUE(refreshed.ok) << refreshed.message;
    EXPECT_NE(refreshed.message.find("no longer exists in Kisi"), std::string::npos)
        << refreshed.message;
    EXPECT_EQ(status_of(oak_hill), "place deleted in Kisi");
    EXPECT_EQ(center_of(oak_hill), "Oak Hill");  // the link is kept for the admin to see

    Answer refused = save_place(oak_hill, link(oak_hill_center, maple_parents));
    EXPECT_EQ(refused.status, HP_E_INVALID_ARGUMENT);
    EXPECT_NE(refused.message.find("Kisi has no place"), std::string::npos) << refused.message;
}

TEST_F(Places, AGroupDeletedInKisiShowsAsMissing) {
    ASSERT_TRUE(save_place(maple, link(maple_center, maple_parents, maple_staff)).ok);
    ASSERT_EQ(sandbox_request("DELETE", "/groups/" + std::to_string(maple_staff)), 204);
    Answer refreshed = action("refresh-places");
    EXPECT_NE(refreshed.message.find("Group " + std::to_string(maple_staff)), std::string::npos)
        << refreshed.message;
    EXPECT_EQ(status_of(maple), "group missing");
}

TEST_F(Places, AnEmptyCenterUnlinksThePlace) {
    ASSERT_TRUE(save_place(maple, link(maple_center, maple_parents)).ok);
    Answer unlinked = save_place(maple, R"({"center_id":""})");
    EXPECT_TRUE(unlinked.ok) << unlinked.message;
    EXPECT_EQ(status_of(maple), "not linked");
    // The center is free for another place now.
    EXPECT_TRUE(save_place(riverside, link(maple_center, riverside_parents)).ok);
}

TEST_F(Places, AFailedRefreshKeepsTheCachedPlaces) {
    ASSERT_EQ(sandbox_request("POST", "/_sandbox/faults", R"({"outage":{"mode":"drop"}})"), 200);
    Answer refused = action("refresh-places");
    EXPECT_EQ(refused.status, HP_E_UNAVAILABLE) << refused.message;
    EXPECT_NE(refused.message.find("Nothing was changed"), std::string::npos) << refused.message;
    EXPECT_EQ(status_of(maple), "not linked");  // still listed
}

using NotConnected = KisiPluginTest;

TEST_F(NotConnected, PlacesCannotBeReadOrLinkedBeforeAKeyIsSaved) {
    Answer refresh = action("refresh-places");
    EXPECT_EQ(refresh.status, HP_E_UNAVAILABLE);
    EXPECT_NE(refresh.message.find("Kisi is not connected yet"), std::string::npos)
        << refresh.message;
    Answer link =
        save_place(place_id("Maple Street Center"), R"({"center_id":"1","parent_group_id":"1"})");
    EXPECT_EQ(link.status, HP_E_UNAVAILABLE);
    EXPECT_TRUE(mentions(page(), "Connect to Kisi first (Connection, above)."));
    JsonObject state = health();
    EXPECT_EQ(state->getValue<std::string>("status"), "ok");  // a setup step, not a fault
    EXPECT_NE(state->getValue<std::string>("message").find("not connected"),
              std::string::npos);
}

}  // namespace
}  // namespace kisi::test
