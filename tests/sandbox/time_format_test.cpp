#include "core/time_format.h"

#include <gtest/gtest.h>

namespace kisi::sandbox::test {
namespace {

TEST(TimeFormat, WritesUtcWithMilliseconds) {
    EXPECT_EQ(format_iso8601(0), "1970-01-01T00:00:00.000Z");
    EXPECT_EQ(format_iso8601(1'684'937'722'123), "2023-05-24T14:15:22.123Z");
}

TEST(TimeFormat, ReadsRfc3339DateTimes) {
    EXPECT_EQ(parse_iso8601("2023-05-24T14:15:22Z"), 1'684'937'722'000);
    EXPECT_EQ(parse_iso8601("2023-05-24T14:15:22.123Z"), 1'684'937'722'123);
    EXPECT_EQ(parse_iso8601("2023-05-24T16:15:22+02:00"), 1'684'937'722'000);
    EXPECT_EQ(parse_iso8601("2023-05-24T09:15:22-05:00"), 1'684'937'722'000);
}

TEST(TimeFormat, RejectsOtherText) {
    for (const char* text : {"", "2023-05-24", "2023-05-24 14:15:22Z", "2023-05-24T14:15:22",
                             "yesterday", "2023-13-45T99:99:99Z"}) {
        EXPECT_FALSE(parse_iso8601(text)) << text;
    }
}

TEST(TimeFormat, RoundTrips) {
    const std::int64_t at = 1'900'000'000'456;
    EXPECT_EQ(parse_iso8601(format_iso8601(at)), at);
}

}  // namespace
}  // namespace kisi::sandbox::test
