#include "http/router.h"

#include <gtest/gtest.h>

namespace kisi::sandbox::test {
namespace {

ApiResponse answer(int status) {
    ApiResponse response;
    response.status = status;
    return response;
}

class RouterTest : public ::testing::Test {
  protected:
    void SetUp() override {
        router_.add("GET", "/locks", Access::any_login,
                    [](HandlerContext&, const ApiRequest&) { return answer(1); });
        router_.add("GET", "/locks/{id}", Access::any_login,
                    [](HandlerContext&, const ApiRequest&) { return answer(2); });
        router_.add("POST", "/locks/{id}/unlock", Access::any_login,
                    [](HandlerContext&, const ApiRequest&) { return answer(3); });
    }
    Router router_;
};

TEST_F(RouterTest, MatchesLiteralAndIdSegments) {
    const auto list = router_.match("GET", "/locks");
    ASSERT_TRUE(list);
    EXPECT_FALSE(list->id);
    const auto one = router_.match("GET", "/locks/20001");
    ASSERT_TRUE(one);
    EXPECT_EQ(one->id, 20001);
    const auto unlock = router_.match("POST", "/locks/7/unlock/");
    ASSERT_TRUE(unlock);
    EXPECT_EQ(unlock->id, 7);
}

TEST_F(RouterTest, RejectsOtherMethodsPathsAndIds) {
    EXPECT_FALSE(router_.match("DELETE", "/locks/1"));
    EXPECT_FALSE(router_.match("GET", "/locks/1/unlock"));
    EXPECT_FALSE(router_.match("GET", "/locks/abc"));
    EXPECT_FALSE(router_.match("GET", "/locks/-1"));
    EXPECT_FALSE(router_.match("GET", "/locks/0"));
    EXPECT_FALSE(router_.match("GET", "/locks/1e3"));
    EXPECT_FALSE(router_.match("GET", "/locks/99999999999999999999999"));
    EXPECT_FALSE(router_.match("GET", "/lockss"));
}

}  // namespace
}  // namespace kisi::sandbox::test
