// The Doors section (test unlock with the admin key) and the access options.
#include "support/kisi_plugin_fixture.hpp"

#include "kisi/store/store.hpp"

namespace kisi::test {
namespace {

class DoorsAndOptions : public KisiPluginTest {
  protected:
    void SetUp() override {
        KisiPluginTest::SetUp();
        ASSERT_TRUE(connect().ok);
    }
    std::string last_test(std::int64_t lock) {
        JsonObject r = row("doors", std::to_string(lock));
        return r ? r->getObject("cells")->getValue<std::string>("last_test") : "(no row)";
    }
    std::string option(const std::string& key) {
        JsonObject document = page();
        auto sections = document->getArray("sections");
        for (std::size_t s = 0; s < sections->size(); ++s) {
            auto blocks = sections->getObject(s)->getArray("blocks");
            for (std::size_t b = 0; b < blocks->size(); ++b) {
                auto block = blocks->getObject(b);
                if (block->getValue<std::string>("type") != "form") continue;
                auto fields = block->getArray("fields");
                for (std::size_t f = 0; f < fields->size(); ++f)
                    if (fields->getObject(f)->getValue<std::string>("key") == key)
                        return fields->getObject(f)->get("value").toString();
            }
        }
        return "(no field)";
    }
};

TEST_F(DoorsAndOptions, TestUnlockOpensADoorShowsTheResultAndAuditsIt) {
    const std::int64_t front = lock_id("Maple Street Center", "Front Door");
    EXPECT_EQ(last_test(front), "");
    Answer opened = action("test-unlock", "{}", std::to_string(front));
    EXPECT_EQ(opened.status, HP_OK) << opened.message;
    EXPECT_EQ(opened.message, "Kisi opened “Front Door”: Unlocked!");
    EXPECT_NE(last_test(front).find("ok at "), std::string::npos) << last_test(front);

    auto audit = plugin_store()->audit.latest("lock.test_unlock", "lock:" + std::to_string(front));
    ASSERT_TRUE(audit);
    EXPECT_EQ(audit->result, store::AuditResult::ok);
    EXPECT_EQ(audit->actor, "admin");
}

TEST_F(DoorsAndOptions, ATestUnlockKisiRefusesIsShownAndAudited) {
    Answer unknown = action("test-unlock", "{}", "987654");
    EXPECT_EQ(unknown.status, HP_E_UPSTREAM);
    EXPECT_NE(unknown.message.find("Kisi refused opening door 987654 (HTTP 404)"),
              std::string::npos)
        << unknown.message;

    const std::int64_t gate = lock_id("Riverside Center", "Playground Gate");
    ASSERT_EQ(sandbox_request("POST", "/_sandbox/faults", R"({"outage":{"mode":"drop"}})"), 200);
    Answer unreachable = action("test-unlock", "{}", std::to_string(gate));
    EXPECT_EQ(unreachable.status, HP_E_UNAVAILABLE) << unreachable.message;
    ASSERT_EQ(sandbox_request("DELETE", "/_sandbox/faults"), 204);
    EXPECT_NE(last_test(gate).find("failed at "), std::string::npos) << last_test(gate);
    EXPECT_EQ(action("test-unlock", "{}", "not-a-door").status, HP_E_INVALID_ARGUMENT);
}

TEST_F(DoorsAndOptions, OptionsAreSavedWithinTheirRanges) {
    Answer saved = action(
        "save-options",
        R"({"lead_days":"2","grace_days":3,"removal_threshold_percent":25,"removal_threshold_min":8})");
    EXPECT_EQ(saved.status, HP_OK) << saved.message;
    EXPECT_EQ(option("lead_days"), "2");
    EXPECT_EQ(option("removal_threshold_percent"), "25");
    EXPECT_EQ(plugin_store()->options.get(), (store::AccessOptions{2, 3, 25, 8}));
}

TEST_F(DoorsAndOptions, OptionsOutOfRangeAreRefusedAndNothingIsSaved) {
    Answer refused = action(
        "save-options",
        R"({"lead_days":31,"grace_days":"-1","removal_threshold_percent":0,"removal_threshold_min":"x"})");
    EXPECT_EQ(refused.status, HP_E_INVALID_ARGUMENT);
    EXPECT_EQ(refused.field_errors.size(), 4u);
    EXPECT_EQ(refused.field_errors["lead_days"], "Enter a whole number from 0 to 30.");
    EXPECT_EQ(plugin_store()->options.get(), store::AccessOptions{});

    // One bad value refuses the good ones with it.
    EXPECT_EQ(action("save-options", R"({"lead_days":5,"grace_days":1.5})").status,
              HP_E_INVALID_ARGUMENT);
    EXPECT_EQ(option("lead_days"), "0");
}

TEST_F(DoorsAndOptions, AnUnknownActionIsNotFound) {
    EXPECT_EQ(action("launch-rockets").status, HP_E_NOT_FOUND);
}

}  // namespace
}  // namespace kisi::test
