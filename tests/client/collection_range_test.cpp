#include "kisi/client/collection_range.h"

#include <gtest/gtest.h>

namespace kisi::client {
namespace {

TEST(CollectionRange, ParsesARange) {
    auto range = parse_collection_range("0-249/1000");
    ASSERT_TRUE(range.has_value());
    EXPECT_EQ(range->start, 0);
    EXPECT_EQ(range->end, 249);
    EXPECT_EQ(range->total, 1000);

    auto spec_example = parse_collection_range(" 10-19/15 ");
    ASSERT_TRUE(spec_example.has_value());
    EXPECT_EQ(spec_example->total, 15);
}

TEST(CollectionRange, ParsesTheEmptyForms) {
    auto empty = parse_collection_range("*/0");
    ASSERT_TRUE(empty.has_value());
    EXPECT_FALSE(empty->start.has_value());
    EXPECT_EQ(empty->total, 0);

    auto past_end = parse_collection_range("*/20");
    ASSERT_TRUE(past_end.has_value());
    EXPECT_EQ(past_end->total, 20);
}

TEST(CollectionRange, RejectsMalformedHeaders) {
    for (const char* header :
         {"", "/", "0-9", "0-9/", "a-b/c", "9-0/10", "0-9/-1", "-1-9/10", "0-9/10/11", "*/", "**/0",
          "0-9/99999999999999999999", "0x1-9/10", "0-9 /10"}) {
        EXPECT_FALSE(parse_collection_range(header).has_value()) << header;
    }
}

}  // namespace
}  // namespace kisi::client
