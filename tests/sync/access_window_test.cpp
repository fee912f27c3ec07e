// Contract windows in the center's time zone, widened by lead and grace days.
#include "support/test_host.hpp"

#include <kisi/sync/access_window.hpp>
#include <kisi/sync/desired_state.hpp>

#include <gtest/gtest.h>

namespace sync_test {
namespace {

using kisi::sync::Window;

TEST(AccessWindow, FollowsTheCentersMidnightAcrossDaylightSaving) {
    // Chicago: CST (UTC-6) on March 1st, CDT (UTC-5) from March 8th 2026.
    const Window w = kisi::sync::contract_window({"2026-03-01", std::string("2026-03-31")},
                                                 "America/Chicago", 0, 0);
    EXPECT_EQ(w.from, iso_ms("2026-03-01T06:00:00Z"));
    EXPECT_EQ(w.until, iso_ms("2026-04-01T05:00:00Z"));
}

TEST(AccessWindow, LeadAndGraceDaysWidenIt) {
    const Window w = kisi::sync::contract_window({"2026-06-10", std::string("2026-06-20")},
                                                 "Europe/Berlin", 2, 3);
    EXPECT_EQ(w.from, iso_ms("2026-06-07T22:00:00Z"));   // June 8th, 00:00 CEST
    EXPECT_EQ(w.until, iso_ms("2026-06-23T22:00:00Z"));  // June 24th, 00:00 CEST
}

TEST(AccessWindow, OpenEndedContractHasNoUntil) {
    const Window w = kisi::sync::contract_window({"2026-01-05", std::nullopt}, "UTC", 0, 0);
    EXPECT_EQ(w.from, iso_ms("2026-01-05T00:00:00Z"));
    EXPECT_FALSE(w.until);
}

TEST(AccessWindow, RejectsBadDatesAndZones) {
    EXPECT_THROW(kisi::sync::contract_window({"2026-02-30", std::nullopt}, "UTC", 0, 0),
                 kisi::sync::WindowError);
    EXPECT_THROW(kisi::sync::contract_window({"2026-01-05", std::nullopt}, "Mars/Olympus", 0, 0),
                 kisi::sync::WindowError);
}

TEST(AccessWindow, MergesTouchingWindowsAndKeepsGaps) {
    const auto segments = kisi::sync::merge_windows(
        {Window{30, 40}, Window{10, 20}, Window{20, 25}, Window{50, std::nullopt}});
    ASSERT_EQ(segments.size(), 3u);
    EXPECT_EQ(segments[0], (Window{10, 25}));
    EXPECT_EQ(segments[1], (Window{30, 40}));
    EXPECT_EQ(segments[2], (Window{50, std::nullopt}));
    // Between two contracts the assignment carries the next one.
    EXPECT_EQ(kisi::sync::current_or_next(segments, 27), (Window{30, 40}));
    EXPECT_EQ(kisi::sync::current_or_next(segments, 12), (Window{10, 25}));
    EXPECT_FALSE(kisi::sync::current_or_next({Window{10, 20}}, 20));
}

TEST(DesiredState, OnlyAdultsWithDoorAccessAndWithoutDoNotAdmit) {
    kisi::sync::AdultFacts adult;
    adult.id = 1;
    adult.door_access = true;
    adult.centers.push_back({7, "UTC", {{1, "2026-01-01", std::nullopt, "active"}}});
    const std::vector<kisi::store::PlaceLink> links{{100, 7, 555, std::nullopt, 0}};
    const kisi::store::AccessOptions options;
    auto desire = kisi::sync::desire_for_adult(adult, links, options, 0);
    ASSERT_EQ(desire.grants.size(), 1u);
    EXPECT_EQ(desire.grants[0].group_id, 555);

    adult.do_not_admit = true;
    EXPECT_TRUE(kisi::sync::desire_for_adult(adult, links, options, 0).grants.empty());
    adult.do_not_admit = false;
    adult.door_access = false;
    EXPECT_TRUE(kisi::sync::desire_for_adult(adult, links, options, 0).grants.empty());
    adult.door_access = true;
    adult.centers[0].contracts[0].status = "withdrawn";
    EXPECT_TRUE(kisi::sync::desire_for_adult(adult, links, options, 0).grants.empty());
}

}  // namespace
}  // namespace sync_test
