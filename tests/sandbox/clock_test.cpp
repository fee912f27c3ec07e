#include "core/time_format.h"
#include "sandbox_fixture.h"

#include <atomic>

namespace kisi::sandbox::test {
namespace {

using ClockTest = SandboxTest;

TEST_F(ClockTest, RealTimeUntilSetAndBackWithNull) {
    const HttpResult real = get("/_sandbox/clock", "");
    ASSERT_EQ(real.status, 200);
    EXPECT_EQ(real.object()->getValue<std::string>("source"), "real");

    const HttpResult set = put("/_sandbox/clock", R"({"now":"2030-05-01T08:00:00+02:00"})");
    ASSERT_EQ(set.status, 200);
    EXPECT_EQ(set.object()->getValue<std::string>("source"), "set");
    EXPECT_EQ(set.object()->getValue<std::string>("now").substr(0, 16), "2030-05-01T06:00");

    // New records carry the sandbox's time.
    const HttpResult user = post("/users", R"({"user":{"email":"clock@example.com"}})");
    EXPECT_EQ(user.object()->getValue<std::string>("created_at").substr(0, 13), "2030-05-01T06");

    const HttpResult back = put("/_sandbox/clock", R"({"now":null})");
    EXPECT_EQ(back.object()->getValue<std::string>("source"), "real");
}

TEST_F(ClockTest, RejectsAnythingButADateTime) {
    EXPECT_EQ(put("/_sandbox/clock", R"({"now":"2030-05-01"})").status, 422);
    EXPECT_EQ(put("/_sandbox/clock", R"({"now":12})").status, 422);
    EXPECT_EQ(put("/_sandbox/clock", R"({})").status, 422);
    EXPECT_EQ(put("/_sandbox/clock", "nope").status, 400);
}

// The embedded sandbox follows the host's simulated clock.
class HostClockTest : public SandboxTest {
  protected:
    Options options() const override {
        Options options = SandboxTest::options();
        options.now_ms = [this] { return host_now_ms_.load(); };
        return options;
    }
    std::atomic<std::int64_t> host_now_ms_{*parse_iso8601("2031-01-15T09:00:00Z")};
};

TEST_F(HostClockTest, FollowsTheHostAndRefusesToBeSet) {
    const HttpResult clock = get("/_sandbox/clock", "");
    EXPECT_EQ(clock.object()->getValue<std::string>("now"), "2031-01-15T09:00:00.000Z");
    EXPECT_EQ(clock.object()->getValue<std::string>("source"), "host");
    const HttpResult refused = put("/_sandbox/clock", R"({"now":"2030-01-01T00:00:00Z"})");
    ASSERT_EQ(refused.status, 409);
    EXPECT_NE(refused.object()->getValue<std::string>("error").find("host"), std::string::npos);
}

TEST_F(HostClockTest, ValidityIsJudgedAgainstTheHostClock) {
    const auto user = create_user("hosted@example.com");
    assign(user, group_id("Oak Hill Center Parents"), R"("valid_until":"2031-02-01T00:00:00Z")");
    const std::string secret = login_for("hosted@example.com");
    const std::string unlock =
        "/locks/" + std::to_string(lock_id("Oak Hill Center", "Front Door")) + "/unlock";
    EXPECT_EQ(post(unlock, "{}", secret).status, 200);
    host_now_ms_ = *parse_iso8601("2031-02-01T00:00:00Z");
    EXPECT_EQ(post(unlock, "{}", secret).status, 403);
}

}  // namespace
}  // namespace kisi::sandbox::test
