// Event delivery through a real loaded plugin: redelivery until acknowledged, and no change
// lost or applied twice across a host stopped in the middle of a batch.
#include "host_fixture.h"

namespace host::testing {
namespace {

class EventDeliveryTest : public HostFixture {
  protected:
    void refuse_next_events(int count) const {
        const auto answer = qa("POST", "/api/plugins/recorder/pages/control/actions/refuse_events",
                               R"({"values":{"count":)" + std::to_string(count) + "}}");
        ASSERT_EQ(answer.status, 200) << answer.body;
    }
};

TEST_F(EventDeliveryTest, AnEventThePluginDidNotAcknowledgeIsDeliveredAgain) {
    refuse_next_events(3);
    const auto adult_id = adult(family());
    settle();
    const auto events = recorded_events();
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0]->getObject("adult")->getValue<std::int64_t>("id"), adult_id);
    // The three refusals were used up by deliveries of this one event.
    const auto page = qa("GET", "/api/plugins/recorder/pages/control");
    EXPECT_NE(page.body.find(R"("refusing")"), std::string::npos);
    EXPECT_NE(page.body.find(R"("value":"0")"), std::string::npos) << page.body;
}

TEST_F(EventDeliveryTest, EventsKeepTheirOrderBehindARefusedOne) {
    refuse_next_events(2);
    const auto family_id = family();
    const auto first = adult(family_id, "first@example.com");
    const auto second = adult(family_id, "second@example.com");
    settle();
    const auto events = recorded_events();
    ASSERT_EQ(events.size(), 2u);
    EXPECT_EQ(events[0]->getObject("adult")->getValue<std::int64_t>("id"), first);
    EXPECT_EQ(events[1]->getObject("adult")->getValue<std::int64_t>("id"), second);
}

TEST_F(EventDeliveryTest, AHostStoppedMidBatchDeliversEveryChangeExactlyOnceInEffect) {
    const auto center_id = center();
    const auto family_id = family();
    std::vector<std::int64_t> contracts;
    for (int i = 0; i < 12; ++i)
        contracts.push_back(contract(child(family_id), center_id, "2025-09-01"));
    // The first half of a batch of changes, then the host stops while delivering.
    for (int i = 0; i < 6; ++i) {
        ASSERT_EQ(qa("PATCH", "/qa/contracts/" + std::to_string(contracts[i]),
                     R"({"end_date":"2026-06-30"})")
                      .status,
                  200);
    }
    host->stop();
    restart();
    for (int i = 6; i < 12; ++i) {
        ASSERT_EQ(qa("PATCH", "/qa/contracts/" + std::to_string(contracts[i]),
                     R"({"end_date":"2026-06-30"})")
                      .status,
                  200);
    }
    settle();

    const auto events = distinct_events();
    ASSERT_EQ(events.size(), 24u);  // 12 creates + 12 updates, each once after deduplication
    std::set<std::int64_t> sequences;
    std::map<std::int64_t, int> updates;
    for (const auto& event : events) {
        sequences.insert(event->getValue<std::int64_t>("sequence"));
        if (event->getValue<std::string>("cause") == "updated") {
            ++updates[event->getObject("contract")->getValue<std::int64_t>("id")];
            EXPECT_EQ(event->getObject("contract")->getValue<std::string>("end_date"),
                      "2026-06-30");
        }
    }
    EXPECT_EQ(sequences.size(), 24u);
    EXPECT_EQ(*sequences.begin(), 1);
    EXPECT_EQ(*sequences.rbegin(), 24);
    for (auto id : contracts) EXPECT_EQ(updates[id], 1) << "contract " << id;
    // Delivery is in sequence order, also across the restart.
    const auto recorded = recorded_events();
    for (std::size_t i = 1; i < recorded.size(); ++i) {
        EXPECT_LE(recorded[i - 1]->getValue<std::int64_t>("sequence"),
                  recorded[i]->getValue<std::int64_t>("sequence"));
    }
}

TEST_F(EventDeliveryTest, EventsWrittenWhileThePluginRefusesSurviveARestart) {
    refuse_next_events(1000000);
    const auto adult_id = adult(family());
    restart();  // the plugin's refusal is gone with the old process state; the event is not
    settle();
    const auto events = recorded_events();
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0]->getObject("adult")->getValue<std::int64_t>("id"), adult_id);
}

}  // namespace
}  // namespace host::testing
