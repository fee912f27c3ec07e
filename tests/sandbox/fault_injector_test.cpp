#include "faults/fault_injector.h"

#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

namespace kisi::sandbox::test {
namespace {

class FaultInjectorTest : public ::testing::Test {
  protected:
    Result<Done> configure(const std::string& json) {
        const auto parsed = Poco::JSON::Parser().parse(json).extract<Poco::JSON::Object::Ptr>();
        return faults_.configure(*parsed);
    }
    FaultInjector::Verdict next(const std::string& method = "GET",
                                const std::string& path = "/places") {
        return faults_.decide(method, path);
    }
    std::string described() {
        std::ostringstream out;
        faults_.describe()->stringify(out);
        return out.str();
    }

    std::int64_t now_ms_ = 5'000;
    FaultInjector faults_{[this] { return now_ms_; }};
};

TEST_F(FaultInjectorTest, NothingConfiguredMeansNoFault) {
    const auto verdict = next();
    EXPECT_FALSE(verdict.drop);
    EXPECT_FALSE(verdict.answer);
    EXPECT_EQ(verdict.latency_ms, 0);
    EXPECT_EQ(described(), "{}");
}

TEST_F(FaultInjectorTest, StatusForTheNextRequestsThenGone) {
    ASSERT_TRUE(configure(R"({"status":{"code":503,"count":2}})").ok());
    for (int i = 0; i < 2; ++i) {
        const auto verdict = next();
        ASSERT_TRUE(verdict.answer) << i;
        EXPECT_EQ(verdict.answer->status, 503);
        EXPECT_EQ(verdict.answer->code, "000503");
        EXPECT_EQ(verdict.fault, "status");
    }
    EXPECT_FALSE(next().answer);
    EXPECT_EQ(described(), "{}");
}

TEST_F(FaultInjectorTest, StatusForAShareOfRequests) {
    ASSERT_TRUE(configure(R"({"status":{"code":500,"share":0.5},"random_seed":7})").ok());
    int hit = 0;
    for (int i = 0; i < 200; ++i) hit += next().answer ? 1 : 0;
    EXPECT_GT(hit, 0);
    EXPECT_LT(hit, 200);

    ASSERT_TRUE(configure(R"({"status":{"code":500,"share":0}})").ok());
    for (int i = 0; i < 50; ++i) EXPECT_FALSE(next().answer);
    ASSERT_TRUE(configure(R"({"status":{"code":502,"share":1}})").ok());
    for (int i = 0; i < 50; ++i) EXPECT_EQ(next().answer->status, 502);
}

TEST_F(FaultInjectorTest, TheSameSeedGivesTheSameSequence) {
    const auto run = [&] {
        EXPECT_TRUE(configure(R"({"drop":{"share":0.3},"random_seed":42})").ok());
        std::string pattern;
        for (int i = 0; i < 40; ++i) pattern += next().drop ? 'x' : '.';
        return pattern;
    };
    EXPECT_EQ(run(), run());
}

TEST_F(FaultInjectorTest, DropsTheNextConnections) {
    ASSERT_TRUE(configure(R"({"drop":{"count":1}})").ok());
    const auto dropped = next();
    EXPECT_TRUE(dropped.drop);
    EXPECT_EQ(dropped.fault, "drop");
    EXPECT_FALSE(next().drop);
}

TEST_F(FaultInjectorTest, RateLimitStormByCountAndByDuration) {
    ASSERT_TRUE(configure(R"({"rate_limit_storm":{"count":2,"retry_after_s":3}})").ok());
    for (int i = 0; i < 2; ++i) {
        const auto verdict = next();
        ASSERT_TRUE(verdict.answer);
        EXPECT_EQ(verdict.answer->status, 429);
        EXPECT_EQ(verdict.answer->retry_after_seconds, 3);
    }
    EXPECT_FALSE(next().answer);

    ASSERT_TRUE(configure(R"({"rate_limit_storm":{"duration_ms":1000,"retry_after_s":0}})").ok());
    const auto stormy = next();
    ASSERT_TRUE(stormy.answer);
    EXPECT_FALSE(stormy.answer->retry_after_seconds);  // 0: no Retry-After header
    now_ms_ += 999;
    EXPECT_TRUE(next().answer);
    now_ms_ += 1;
    EXPECT_FALSE(next().answer);
    EXPECT_EQ(described(), "{}");
}

TEST_F(FaultInjectorTest, OutageUntilCleared) {
    ASSERT_TRUE(configure(R"({"outage":{}})").ok());
    for (int i = 0; i < 5; ++i) EXPECT_EQ(next().answer->status, 503);
    ASSERT_TRUE(configure(R"({"outage":{"mode":"drop"}})").ok());
    EXPECT_TRUE(next().drop);
    ASSERT_TRUE(configure(R"({"outage":null})").ok());
    EXPECT_FALSE(next().drop);
    ASSERT_TRUE(configure(R"({"outage":{"code":500}})").ok());
    faults_.clear();
    EXPECT_FALSE(next().answer);
}

TEST_F(FaultInjectorTest, FaultsCanTargetAMethodAndPathPrefix) {
    ASSERT_TRUE(
        configure(R"({"status":{"code":409,"count":5,"method":"POST","path":"/locks/"}})").ok());
    EXPECT_FALSE(next("GET", "/locks/20001").answer);
    EXPECT_FALSE(next("POST", "/users").answer);
    EXPECT_EQ(next("POST", "/locks/20001/unlock").answer->status, 409);
    EXPECT_NE(described().find(R"("path":"/locks/")"), std::string::npos);
}

TEST_F(FaultInjectorTest, LatencyAddsToOtherFaults) {
    ASSERT_TRUE(configure(R"({"latency":{"ms":250},"status":{"code":500,"count":1}})").ok());
    const auto verdict = next();
    EXPECT_EQ(verdict.latency_ms, 250);
    EXPECT_EQ(verdict.fault, "latency,status");
    EXPECT_EQ(next().latency_ms, 250);
    ASSERT_TRUE(configure(R"({"latency":{"ms":250,"share":0}})").ok());
    EXPECT_EQ(next().latency_ms, 0);
}

TEST_F(FaultInjectorTest, InvalidConfigurationIs422AndChangesNothing) {
    ASSERT_TRUE(configure(R"({"status":{"code":500,"count":1}})").ok());
    for (const std::string bad :
         {R"({"stauts":{"code":500,"count":1}})", R"({"status":{"code":200,"count":1}})",
          R"({"status":{"code":500}})", R"({"status":{"code":500,"count":1,"share":0.5}})",
          R"({"drop":{"count":0}})", R"({"drop":{"share":2}})", R"({"latency":{"share":1}})",
          R"({"latency":{"ms":-1}})", R"({"rate_limit_storm":{}})",
          R"({"outage":{"mode":"sometimes"}})", R"({"status":"often"})", R"({"random_seed":-1})",
          R"({"latency":{"ms":10,"jitter":5}})"}) {
        const auto result = configure(bad);
        ASSERT_FALSE(result.ok()) << bad;
        EXPECT_EQ(result.error().status, 422) << bad;
        EXPECT_FALSE(result.error().field_errors.empty()) << bad;
    }
    EXPECT_EQ(described(), R"({"status":{"code":500,"count":1}})");
}

}  // namespace
}  // namespace kisi::sandbox::test
