#include <set>

#include "data_fixture.h"
#include "host_data/demo_seed.h"

namespace host::testing {
namespace {

class DemoSeedTest : public DataFixture {};

TEST_F(DemoSeedTest, SeedsCentersFamiliesContractsInEveryPhaseAndStaff) {
    set_clock("2025-10-15T15:00:00Z");
    ASSERT_TRUE(expect_ok(data::seed_demo_data(*store, clock->now_ms())));

    const auto centers = expect_ok(store->centers());
    ASSERT_EQ(centers.size(), 3u);
    EXPECT_EQ(centers[0].name, "Maple Street Center");
    EXPECT_EQ(centers[1].name, "Riverside Center");
    EXPECT_EQ(centers[2].name, "Oak Hill Center");
    for (const auto& center : centers) EXPECT_EQ(center.time_zone.rfind("America/", 0), 0u);

    const auto adults =
        parse_object(expect_ok(directory->query(R"({"query":"adults"})")))->getArray("adults");
    EXPECT_GE(adults->size(), 36u);
    std::set<std::string> relationships;
    std::size_t starting = 0, running = 0, ended = 0;
    std::set<std::int64_t> seen_contracts;
    for (std::size_t i = 0; i < adults->size(); ++i) {
        const auto adult = adults->getObject(i);
        relationships.insert(adult->getValue<std::string>("relationship"));
        EXPECT_NE(adult->getValue<std::string>("email").find("@example.com"), std::string::npos);
        const auto per_center = adult->getArray("centers");
        for (std::size_t c = 0; c < per_center->size(); ++c) {
            const auto contracts = per_center->getObject(c)->getArray("contracts");
            for (std::size_t k = 0; k < contracts->size(); ++k) {
                const auto window = contracts->getObject(k);
                if (!seen_contracts.insert(window->getValue<std::int64_t>("id")).second) continue;
                const auto start = window->getValue<std::string>("start_date");
                const bool has_end = !window->isNull("end_date");
                if (start > "2025-10-15")
                    ++starting;
                else if (has_end && window->getValue<std::string>("end_date") < "2025-10-15")
                    ++ended;
                else
                    ++running;
            }
        }
    }
    EXPECT_EQ(relationships, (std::set<std::string>{"guardian", "pickup"}));
    EXPECT_GE(starting, 2u);
    EXPECT_GE(ended, 2u);
    EXPECT_GE(running, 20u);

    const auto employees = parse_object(expect_ok(directory->query(R"({"query":"employees"})")))
                               ->getArray("employees");
    EXPECT_EQ(employees->size(), 10u);
}

TEST_F(DemoSeedTest, SeedsOnlyAnEmptyDatabase) {
    ASSERT_TRUE(expect_ok(data::seed_demo_data(*store, clock->now_ms())));
    const auto events = this->events().size();
    EXPECT_FALSE(expect_ok(data::seed_demo_data(*store, clock->now_ms())));
    EXPECT_EQ(this->events().size(), events);
}

}  // namespace
}  // namespace host::testing
