#include "sandbox_fixture.h"

namespace kisi::sandbox::test {
namespace {

using FaultInjectionTest = SandboxTest;

TEST_F(FaultInjectionTest, ErrorStatusForTheNextRequestsInKisisErrorShape) {
    ASSERT_EQ(post("/_sandbox/faults", R"({"status":{"code":503,"count":2}})", "").status, 200);
    for (int i = 0; i < 2; ++i) {
        const HttpResult failed = get("/places");
        ASSERT_EQ(failed.status, 503);
        EXPECT_EQ(keys_of(failed.object()), (std::set<std::string>{"code", "error"}));
    }
    EXPECT_EQ(get("/places").status, 200);
}

TEST_F(FaultInjectionTest, DroppedConnectionsGetNoAnswer) {
    ASSERT_EQ(post("/_sandbox/faults", R"({"drop":{"count":1}})", "").status, 200);
    EXPECT_EQ(get("/places").status, 0);
    EXPECT_EQ(get("/places").status, 200);
}

TEST_F(FaultInjectionTest, LatencyDelaysButStillAnswers) {
    ASSERT_EQ(post("/_sandbox/faults", R"({"latency":{"ms":20}})", "").status, 200);
    EXPECT_EQ(get("/user").status, 200);
    const auto log = get("/_sandbox/requests", "").array();
    const auto entry = log->getObject(static_cast<unsigned>(log->size() - 1));
    EXPECT_EQ(entry->getValue<std::string>("fault"), "latency");
    EXPECT_EQ(entry->getValue<int>("status"), 200);
}

TEST_F(FaultInjectionTest, RateLimitStormAnswers429) {
    ASSERT_EQ(post("/_sandbox/faults", R"({"rate_limit_storm":{"count":2}})", "").status, 200);
    const HttpResult limited = get("/user");
    ASSERT_EQ(limited.status, 429);
    EXPECT_EQ(limited.header("Retry-After"), "1");
    EXPECT_EQ(limited.object()->getValue<std::string>("code"), "000429");
    EXPECT_EQ(get("/user").status, 429);
    EXPECT_EQ(get("/user").status, 200);

    ASSERT_EQ(post("/_sandbox/faults", R"({"rate_limit_storm":{"count":1,"retry_after_s":0}})", "")
                  .status,
              200);
    const HttpResult without_header = get("/user");
    ASSERT_EQ(without_header.status, 429);
    EXPECT_EQ(without_header.header("Retry-After"), "");
}

TEST_F(FaultInjectionTest, OutageUntilCleared) {
    ASSERT_EQ(post("/_sandbox/faults", R"({"outage":{"mode":"status","code":503}})", "").status,
              200);
    for (int i = 0; i < 3; ++i) EXPECT_EQ(get("/user").status, 503);
    ASSERT_EQ(post("/_sandbox/faults", R"({"outage":{"mode":"drop"}})", "").status, 200);
    EXPECT_EQ(get("/user").status, 0);
    // The control endpoints are not affected.
    const HttpResult described = get("/_sandbox/faults", "");
    ASSERT_EQ(described.status, 200);
    EXPECT_EQ(described.body, R"({"outage":{"mode":"drop"}})");

    ASSERT_EQ(del("/_sandbox/faults").status, 204);
    EXPECT_EQ(get("/user").status, 200);
    EXPECT_EQ(get("/_sandbox/faults", "").body, "{}");
}

TEST_F(FaultInjectionTest, StatusForAShareOfRequests) {
    ASSERT_EQ(
        post("/_sandbox/faults", R"({"status":{"code":500,"share":1.0,"path":"/groups"}})", "")
            .status,
        200);
    EXPECT_EQ(get("/groups").status, 500);
    EXPECT_EQ(get("/places").status, 200);
}

TEST_F(FaultInjectionTest, InvalidFaultJsonIs422) {
    const HttpResult refused = post("/_sandbox/faults", R"({"status":{"code":99,"count":1}})", "");
    ASSERT_EQ(refused.status, 422);
    EXPECT_TRUE(refused.object()->getObject("errors")->has("status.code"));
    EXPECT_EQ(post("/_sandbox/faults", "[1,2]", "").status, 400);
}

}  // namespace
}  // namespace kisi::sandbox::test
