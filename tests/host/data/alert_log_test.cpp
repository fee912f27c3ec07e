#include "host_data/alert_log.h"
#include "data_fixture.h"

namespace host::testing {
namespace {

class AlertLogTest : public DataFixture {};

TEST_F(AlertLogTest, KeepsAlertsNewestFirstWithTheHostTime) {
    set_clock("2025-05-01T08:00:00Z");
    data::AlertLog alerts(database, clock);
    expect_ok(alerts.raise("kisi", 3, "Kisi refused the API key"));
    expect_ok(alerts.raise("kisi", 2, "Kisi is slow"));
    const auto recent = expect_ok(alerts.recent(10));
    ASSERT_EQ(recent.size(), 2u);
    EXPECT_EQ(recent[0].message, "Kisi is slow");
    EXPECT_EQ(recent[1].level, 3);
    EXPECT_EQ(recent[1].plugin_id, "kisi");
    EXPECT_EQ(recent[1].raised_at.substr(0, 13), "2025-05-01T08");
    EXPECT_EQ(expect_ok(alerts.recent(1)).size(), 1u);
}

}  // namespace
}  // namespace host::testing
