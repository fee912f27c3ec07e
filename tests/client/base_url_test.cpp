#include "kisi/client/base_url.h"

#include <gtest/gtest.h>

#include "kisi/client/kisi_client.h"
#include "support/client_harness.h"

namespace kisi::client {
namespace {

TEST(BaseUrl, AcceptsHttpsAnywhere) {
    auto url = BaseUrl::parse("https://api.kisi.io");
    ASSERT_TRUE(url.ok()) << url.error().message;
    EXPECT_EQ(url->host, "api.kisi.io");
    EXPECT_EQ(url->port, 443);
    EXPECT_EQ(url->path_prefix, "");
    EXPECT_EQ(url->to_string(), "https://api.kisi.io");

    auto prefixed = BaseUrl::parse("https://kisi.example.org:8443/api/");
    ASSERT_TRUE(prefixed.ok());
    EXPECT_EQ(prefixed->port, 8443);
    EXPECT_EQ(prefixed->path_prefix, "/api");
    EXPECT_EQ(prefixed->to_string(), "https://kisi.example.org:8443/api");
}

TEST(BaseUrl, AllowsPlainHttpOnlyOnLoopback) {
    for (const char* url : {"http://127.0.0.1:8081", "http://127.4.5.6", "http://localhost:9",
                            "http://LOCALHOST", "http://[::1]:8081/kisi"}) {
        auto parsed = BaseUrl::parse(url);
        EXPECT_TRUE(parsed.ok()) << url;
    }
    for (const char* url : {"http://api.kisi.io", "http://10.0.0.1", "http://192.168.1.10:8080",
                            "http://localhost.example.com", "http://127.0.0.1.nip.io",
                            "http://[::2]", "http://0.0.0.0:8080"}) {
        auto parsed = BaseUrl::parse(url);
        ASSERT_FALSE(parsed.ok()) << url;
        EXPECT_EQ(parsed.error().kind, ErrorKind::configuration);
        EXPECT_NE(parsed.error().message.find("https://"), std::string::npos);
    }
}

TEST(BaseUrl, RejectsMalformedUrls) {
    for (const char* url :
         {"", "api.kisi.io", "ftp://api.kisi.io", "https://", "https://user:pw@api.kisi.io",
          "https://api.kisi.io/?x=1", "https://api.kisi.io/#frag", "https://[::1"}) {
        auto parsed = BaseUrl::parse(url);
        ASSERT_FALSE(parsed.ok()) << url;
        EXPECT_EQ(parsed.error().kind, ErrorKind::configuration) << url;
    }
}

TEST(BaseUrl, ClientRefusesPlainHttpToARemoteHost) {
    auto config = testing::test_config();
    config.base_url = "http://api.kisi.io";
    auto client = KisiClient::connect(config);
    ASSERT_FALSE(client.ok());
    EXPECT_EQ(client.error().kind, ErrorKind::configuration);
    EXPECT_EQ(client.error().message.find(testing::kTestKey), std::string::npos);
}

TEST(BaseUrl, ClientRefusesAMissingKey) {
    auto config = testing::test_config();
    config.api_key.clear();
    auto client = KisiClient::connect(config);
    ASSERT_FALSE(client.ok());
    EXPECT_EQ(client.error().kind, ErrorKind::configuration);
}

}  // namespace
}  // namespace kisi::client
