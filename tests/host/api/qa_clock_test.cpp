// The host clock through the QA API, and the contract events it causes.
#include "host_data/calendar.h"
#include "host_fixture.h"

namespace host::testing {
namespace {

class QaClockTest : public HostFixture {
  protected:
    std::int64_t now_of(const HttpAnswer& answer) const {
        return *data::parse_instant(answer.object()->getValue<std::string>("now"));
    }

    // Moves the clock and answers the contract events (cause "clock") the move delivered.
    std::vector<Poco::JSON::Object::Ptr> move_to(const std::string& iso) {
        const auto before = recorded_events().size();
        const auto answer = qa("PUT", "/qa/clock", R"({"now":")" + iso + R"("})");
        EXPECT_EQ(answer.status, 200) << answer.body;
        settle();
        const auto all = recorded_events();
        return {all.begin() + static_cast<std::ptrdiff_t>(before), all.end()};
    }
};

TEST_F(QaClockTest, RealTimeUntilSetThenRunsFromTheInstantSet) {
    auto answer = qa("GET", "/qa/clock");
    ASSERT_EQ(answer.status, 200);
    EXPECT_FALSE(answer.object()->getValue<bool>("simulated"));
    EXPECT_LT(std::abs(now_of(answer) - data::real_now_ms()), 5000);

    answer = qa("PUT", "/qa/clock", R"({"now":"2030-01-15T09:30:00+01:00"})");
    ASSERT_EQ(answer.status, 200) << answer.body;
    const auto set_to = *data::parse_instant("2030-01-15T08:30:00Z");
    EXPECT_GE(now_of(answer), set_to);
    EXPECT_LT(now_of(answer) - set_to, 5000);
    answer = qa("GET", "/qa/clock");
    EXPECT_TRUE(answer.object()->getValue<bool>("simulated"));
    EXPECT_GE(now_of(answer), set_to);

    answer = qa("PUT", "/qa/clock", R"({"now":null})");
    ASSERT_EQ(answer.status, 200);
    EXPECT_FALSE(answer.object()->getValue<bool>("simulated"));
    EXPECT_LT(std::abs(now_of(answer) - data::real_now_ms()), 5000);
}

TEST_F(QaClockTest, RefusesMalformedInstants) {
    for (const char* body : {R"({"now":"2030-01-15"})", R"({"now":"tomorrow"})", R"({"now":12})",
                             R"({})", R"({"now":"2030-01-15T00:00:00Z","extra":1})"}) {
        const auto answer = qa("PUT", "/qa/clock", body);
        EXPECT_EQ(answer.status, 422) << body;
        EXPECT_FALSE(answer.error().empty());
    }
    EXPECT_FALSE(qa("GET", "/qa/clock").object()->getValue<bool>("simulated"));
}

TEST_F(QaClockTest, CrossingAContractsStartAndEndDatesEmitsItsEvents) {
    ASSERT_EQ(qa("PUT", "/qa/clock", R"({"now":"2030-03-01T12:00:00Z"})").status, 200);
    const auto center_id =
        center("America/Los_Angeles");  // UTC-8 until DST starts on March 10, 2030
    const auto family_id = family();
    const auto contract_id = contract(child(family_id), center_id, "2030-03-04", "2030-03-20");
    settle();

    EXPECT_TRUE(move_to("2030-03-04T07:59:00Z").empty());  // 23:59 on March 3 in Los Angeles
    auto events = move_to("2030-03-04T08:01:00Z");
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0]->getValue<std::string>("type"), "contract.changed/1");
    EXPECT_EQ(events[0]->getValue<std::string>("cause"), "clock");
    EXPECT_EQ(events[0]->getObject("contract")->getValue<std::int64_t>("id"), contract_id);
    EXPECT_EQ(events[0]->getObject("contract")->getValue<std::string>("start_date"), "2030-03-04");

    EXPECT_TRUE(move_to("2030-03-21T06:59:00Z").empty());  // still March 20 (UTC-7)
    events = move_to("2030-03-21T07:00:00Z");
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0]->getObject("contract")->getValue<std::int64_t>("id"), contract_id);
    EXPECT_EQ(events[0]->getValue<std::string>("cause"), "clock");
}

}  // namespace
}  // namespace host::testing
