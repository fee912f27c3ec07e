#include "host_data/contract_scheduler.h"
#include "data_fixture.h"

namespace host::testing {
namespace {

class ContractSchedulerTest : public DataFixture {
  protected:
    void SetUp() override {
        DataFixture::SetUp();
        set_clock("2025-04-30T12:00:00Z");
        scheduler = std::make_shared<data::ContractScheduler>(database, outbox, clock);
        expect_ok(scheduler->scan());           // the first scan only records where it stands
        center_id = center("America/Chicago");  // UTC-5 in May
        family_id = family();
    }

    // Moves the clock and answers the contract ids of the events the scan emitted.
    std::vector<data::Id> move_to(const std::string& iso) {
        const auto before = events().size();
        set_clock(iso);
        expect_ok(scheduler->scan());
        std::vector<data::Id> ids;
        const auto all = events();
        for (std::size_t i = before; i < all.size(); ++i) {
            EXPECT_EQ(all[i]->getValue<std::string>("type"), "contract.changed/1");
            EXPECT_EQ(all[i]->getValue<std::string>("cause"), "clock");
            ids.push_back(all[i]->getObject("contract")->getValue<data::Id>("id"));
        }
        return ids;
    }

    std::shared_ptr<data::ContractScheduler> scheduler;
    data::Id center_id = 0;
    data::Id family_id = 0;
};

TEST_F(ContractSchedulerTest, EmitsWhenTheClockCrossesTheStartInTheCentersTimeZone) {
    const auto id = contract(child(family_id), center_id, "2025-05-01", "2025-05-10");
    EXPECT_TRUE(move_to("2025-05-01T04:59:00Z").empty());  // 23:59 on April 30 in Chicago
    EXPECT_EQ(move_to("2025-05-01T05:00:00Z"), std::vector<data::Id>{id});
    EXPECT_TRUE(move_to("2025-05-02T00:00:00Z").empty());
}

TEST_F(ContractSchedulerTest, EmitsWhenTheClockCrossesTheEndOfTheLastDay) {
    const auto id = contract(child(family_id), center_id, "2025-04-01", "2025-05-10");
    EXPECT_TRUE(move_to("2025-05-11T04:59:59Z").empty());  // still May 10 in Chicago
    EXPECT_EQ(move_to("2025-05-11T05:00:01Z"), std::vector<data::Id>{id});
}

TEST_F(ContractSchedulerTest, OneEventPerContractWhenAJumpCrossesBothDates) {
    const auto id = contract(child(family_id), center_id, "2025-05-01", "2025-05-10");
    EXPECT_EQ(move_to("2025-06-01T00:00:00Z"), std::vector<data::Id>{id});
}

TEST_F(ContractSchedulerTest, MovingBackAcrossADateEmitsToo) {
    const auto id = contract(child(family_id), center_id, "2025-05-01");
    EXPECT_EQ(move_to("2025-05-02T00:00:00Z"), std::vector<data::Id>{id});
    EXPECT_EQ(move_to("2025-04-29T00:00:00Z"), std::vector<data::Id>{id});
}

TEST_F(ContractSchedulerTest, IgnoresWithdrawnContractsAndDatesNotCrossed) {
    const auto kid = child(family_id);
    const auto withdrawn = contract(kid, center_id, "2025-05-01");
    data::ContractPatch patch;
    patch.status = "withdrawn";
    expect_ok(store->update_contract(withdrawn, patch));
    contract(kid, center_id, "2025-01-01");  // started long before this move
    EXPECT_TRUE(move_to("2025-05-03T00:00:00Z").empty());
}

TEST_F(ContractSchedulerTest, CatchesUpOnBoundariesPassedWhileStopped) {
    const auto id = contract(child(family_id), center_id, "2025-05-01");
    set_clock("2025-05-05T00:00:00Z");  // the host was down; nobody scanned
    scheduler.reset();
    open();
    scheduler = std::make_shared<data::ContractScheduler>(database, outbox, clock);
    EXPECT_EQ(expect_ok(scheduler->scan()), 1u);
    EXPECT_EQ(events().back()->getObject("contract")->getValue<data::Id>("id"), id);
}

TEST_F(ContractSchedulerTest, ScansOnEachClockMoveWhenWired) {
    const auto id = contract(child(family_id), center_id, "2025-05-01");
    clock->on_moved([this] { expect_ok(scheduler->scan()); });
    set_clock("2025-05-01T06:00:00Z");
    EXPECT_EQ(events().back()->getObject("contract")->getValue<data::Id>("id"), id);
    EXPECT_EQ(events().back()->getValue<std::string>("cause"), "clock");
}

}  // namespace
}  // namespace host::testing
