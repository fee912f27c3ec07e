#include "kisi/client/timestamp.h"

#include <gtest/gtest.h>

namespace kisi::client {
namespace {

using namespace std::chrono;

TEST(Timestamp, ParsesKisiForms) {
    const Timestamp expected = sys_days{2023y / May / 24} + 14h + 15min + 22s;
    EXPECT_EQ(parse_timestamp("2023-05-24T14:15:22Z"), expected);
    EXPECT_EQ(parse_timestamp("2023-05-24T14:15:22.746Z"), expected);
    EXPECT_EQ(parse_timestamp("2023-05-24T16:15:22+02:00"), expected);
    EXPECT_EQ(parse_timestamp("2023-05-24T09:15:22.1-05:00"), expected);
}

TEST(Timestamp, RejectsAnythingElse) {
    for (const char* text :
         {"", "garbage", "2023-05-24", "2023-05-24T14:15:22", "2023-05-24T14:15:22Zjunk",
          "2023-02-30T00:00:00Z", "2023-13-01T00:00:00Z", "2023-05-24T24:00:00Z",
          "2023-05-24T14:15:22.Z", "2023-05-24 14:15:22Z", "+2023-05-24T14:15:22Z",
          "2023-05-24T14:15:22+2:00", "2023-05-24T14:15:22+25:00", "２023-05-24T14:15:22Z"}) {
        EXPECT_FALSE(parse_timestamp(text).has_value()) << text;
    }
}

TEST(Timestamp, FormatsAsUtcSeconds) {
    const Timestamp t = sys_days{2024y / January / 2} + 3h + 4min + 5s;
    EXPECT_EQ(format_timestamp(t), "2024-01-02T03:04:05Z");
    EXPECT_EQ(parse_timestamp(format_timestamp(t)), t);
}

}  // namespace
}  // namespace kisi::client
