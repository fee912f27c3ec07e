#include "sandbox_fixture.h"

#include <Poco/NumberParser.h>

namespace kisi::sandbox::test {
namespace {

// One request per 100 s: the second request of a user is refused however slow the machine is.
// (Refill arithmetic and Retry-After values are covered with a fake clock in
// rate_limiter_test.cpp.)
class RateLimitTest : public SandboxTest {
  protected:
    Options options() const override {
        Options options = SandboxTest::options();
        options.rate_limit = 0.01;
        return options;
    }
};

TEST_F(RateLimitTest, ARequestBeyondTheAllowanceGets429WithRetryAfter) {
    ASSERT_EQ(get("/user").status, 200);
    const HttpResult refused = get("/user");
    ASSERT_EQ(refused.status, 429);
    int retry_after = 0;
    ASSERT_TRUE(Poco::NumberParser::tryParse(refused.header("Retry-After"), retry_after))
        << refused.header("Retry-After");
    EXPECT_GE(retry_after, 1);
    EXPECT_LE(retry_after, 100);
    EXPECT_EQ(keys_of(refused.object()), (std::set<std::string>{"code", "error"}));
    EXPECT_EQ(refused.object()->getValue<std::string>("code"), "000429");
}

TEST_F(RateLimitTest, AllLoginsOfAUserShareOneAllowance) {
    const HttpResult created = post("/logins", R"({"login":{"type":"api"}})");
    ASSERT_EQ(created.status, 200);
    const std::string second_key = created.object()->getValue<std::string>("secret");
    EXPECT_EQ(get("/user", second_key).status, 429);
    // Requests without a login are limited per address, apart from the user's allowance.
    EXPECT_EQ(get("/user", "").status, 401);
}

using UnlimitedTest = SandboxTest;

TEST_F(UnlimitedTest, RateLimitIsOffWhenZero) {
    for (int i = 0; i < 30; ++i) ASSERT_EQ(get("/user").status, 200) << i;
}

}  // namespace
}  // namespace kisi::sandbox::test
