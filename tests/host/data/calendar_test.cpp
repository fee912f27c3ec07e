#include <gtest/gtest.h>

#include "host_data/calendar.h"

namespace host::data {
namespace {

TEST(Calendar, ParsesAndFormatsLocalDates) {
    const auto day = parse_local_date("2024-02-29");
    ASSERT_TRUE(day);
    EXPECT_EQ(format_local_date(*day), "2024-02-29");
    EXPECT_EQ(*parse_local_date("1970-01-02"), 1);
}

TEST(Calendar, RefusesMalformedOrImpossibleDates) {
    for (const char* text : {"2023-02-29", "2024-13-01", "2024-1-01", "24-01-01", "2024-01-01x", "",
                             "2024/01/01", "2024-04-31"}) {
        EXPECT_FALSE(parse_local_date(text)) << text;
    }
}

TEST(Calendar, ParsesInstantsWithOffsetsAndFractions) {
    EXPECT_EQ(*parse_instant("1970-01-01T00:00:01Z"), 1000);
    EXPECT_EQ(*parse_instant("1970-01-01T00:00:01.5Z"), 1500);
    EXPECT_EQ(*parse_instant("1970-01-01T00:00:01.123456Z"), 1123);
    EXPECT_EQ(*parse_instant("1970-01-01T02:00:00+02:00"), 0);
    EXPECT_EQ(*parse_instant("1969-12-31T19:00:00-05:00"), 0);
    EXPECT_EQ(format_instant(1500), "1970-01-01T00:00:01.500Z");
}

TEST(Calendar, RefusesMalformedInstants) {
    for (const char* text : {"2025-01-01", "2025-01-01T00:00:00", "2025-02-30T00:00:00Z",
                             "2025-01-01T24:00:00Z", "2025-01-01 00:00:00Z", "now"}) {
        EXPECT_FALSE(parse_instant(text)) << text;
    }
}

TEST(Calendar, KnowsIanaTimeZones) {
    EXPECT_TRUE(is_known_time_zone("America/Chicago"));
    EXPECT_TRUE(is_known_time_zone("UTC"));
    EXPECT_FALSE(is_known_time_zone("Mars/Olympus_Mons"));
    EXPECT_FALSE(is_known_time_zone(""));
}

TEST(Calendar, LocalDayStartsAtLocalMidnight) {
    const auto day = *parse_local_date("2025-01-15");
    EXPECT_EQ(format_instant(start_of_local_day("America/Chicago", day)),
              "2025-01-15T06:00:00.000Z");
    EXPECT_EQ(format_instant(start_of_local_day("Asia/Tokyo", day)), "2025-01-14T15:00:00.000Z");
    // Summer time: Chicago is UTC-5.
    EXPECT_EQ(
        format_instant(start_of_local_day("America/Chicago", *parse_local_date("2025-07-01"))),
        "2025-07-01T05:00:00.000Z");
}

TEST(Calendar, DayWithoutMidnightStartsAtTheTransition) {
    // Santiago skipped 2024-09-08 00:00 (clocks jumped to 01:00).
    const auto day = *parse_local_date("2024-09-08");
    EXPECT_EQ(format_instant(start_of_local_day("America/Santiago", day)),
              "2024-09-08T04:00:00.000Z");
}

TEST(Calendar, LocalDayAtAnInstant) {
    const auto instant = *parse_instant("2025-01-15T03:00:00Z");
    EXPECT_EQ(format_local_date(local_day_at("America/Chicago", instant)), "2025-01-14");
    EXPECT_EQ(format_local_date(local_day_at("Europe/Berlin", instant)), "2025-01-15");
}

}  // namespace
}  // namespace host::data
