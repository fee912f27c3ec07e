#include "listen_address.h"

#include <gtest/gtest.h>

namespace kisi::sandbox::app {
namespace {

TEST(ListenAddress, ParsesHostAndPort) {
    const auto ipv4 = parse_listen_address("127.0.0.1:8081");
    ASSERT_TRUE(ipv4);
    EXPECT_EQ(ipv4->host, "127.0.0.1");
    EXPECT_EQ(ipv4->port, 8081);
    const auto ipv6 = parse_listen_address("[::1]:0");
    ASSERT_TRUE(ipv6);
    EXPECT_EQ(ipv6->host, "::1");
    EXPECT_EQ(ipv6->port, 0);
    EXPECT_EQ(parse_listen_address("localhost:9000")->host, "localhost");
}

TEST(ListenAddress, RejectsMalformedAddresses) {
    for (const char* text : {"", "8081", ":8081", "127.0.0.1:", "127.0.0.1:65536", "127.0.0.1:http",
                             "[::1:80", "[]:80"}) {
        EXPECT_FALSE(parse_listen_address(text)) << text;
    }
}

}  // namespace
}  // namespace kisi::sandbox::app
