#include <gtest/gtest.h>

#include "support/client_harness.h"

namespace kisi::client {
namespace {

using testing::ClientHarness;

// `count` places with ids from `first_id`.
std::string places(int first_id, int count) {
    std::string out = "[";
    for (int i = 0; i < count; ++i) {
        out += (i ? "," : "") + std::string(R"({"id":)") + std::to_string(first_id + i) +
               R"(,"resource_type":"Place","name":"P)" + std::to_string(first_id + i) + "\"}";
    }
    return out + "]";
}

HttpHeaders range(const std::string& value) {
    return {{"X-Collection-Range", value}};
}

TEST(Pagination, ExactMultipleOfTheLimitStopsOnTheTotal) {
    ClientHarness kisi;
    kisi.transport->respond(200, places(0, 250), range("0-249/500"));
    kisi.transport->respond(200, places(250, 250), range("250-499/500"));
    auto result = kisi->list_places();
    ASSERT_TRUE(result.ok()) << result.error().message;
    EXPECT_EQ(result->size(), 500u);
    EXPECT_EQ(result->back().id, 499);
    const auto requests = kisi.transport->requests();
    ASSERT_EQ(requests.size(), 2u);
    EXPECT_EQ(requests[0].target, "/places?limit=250&offset=0");
    EXPECT_EQ(requests[1].target, "/places?limit=250&offset=250");
}

TEST(Pagination, ExactMultipleWithoutHeaderEndsOnAnEmptyPage) {
    ClientHarness kisi;
    kisi.transport->respond(200, places(0, 250));
    kisi.transport->respond(200, "[]");
    auto result = kisi->list_places();
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->size(), 250u);
    EXPECT_EQ(kisi.transport->requests().size(), 2u);
}

TEST(Pagination, EmptyCollection) {
    ClientHarness kisi;
    kisi.transport->respond(200, "[]", range("*/0"));
    auto result = kisi->list_places();
    ASSERT_TRUE(result.ok());
    EXPECT_TRUE(result->empty());
    EXPECT_EQ(kisi.transport->requests().size(), 1u);
}

TEST(Pagination, MissingHeaderAndShortPage) {
    ClientHarness kisi;
    kisi.transport->respond(200, places(0, 250));
    kisi.transport->respond(200, places(250, 3));
    auto result = kisi->list_places();
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->size(), 253u);
    EXPECT_EQ(kisi.transport->remaining(), 0u);
}

TEST(Pagination, ShortPageEndsEvenWhenTheTotalClaimsMore) {
    ClientHarness kisi;
    kisi.transport->respond(200, places(0, 10), range("0-249/900"));
    auto result = kisi->list_places();
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->size(), 10u);
    EXPECT_EQ(kisi.transport->requests().size(), 1u);
}

TEST(Pagination, MalformedHeaderIsIgnored) {
    ClientHarness kisi;
    kisi.transport->respond(200, places(0, 250), range("lots"));
    kisi.transport->respond(200, places(250, 1), range("garbage/"));
    auto result = kisi->list_places();
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->size(), 251u);
}

TEST(Pagination, UsesEachEndpointsMaximumAndCurrentFilters) {
    ClientHarness kisi;
    kisi.transport->respond(200, "[]", range("*/0"));
    kisi.transport->respond(200, "[]", range("*/0"));
    kisi.transport->respond(200, "[]", range("*/0"));
    kisi.transport->respond(200, "[]", range("*/0"));
    kisi.transport->respond(200, "[]", range("*/0"));
    kisi.transport->respond(200, "[]", range("*/0"));
    ASSERT_TRUE(kisi->list_group_role_assignments(45274).ok());
    ASSERT_TRUE(kisi->list_user_role_assignments(55).ok());
    ASSERT_TRUE(kisi->list_users().ok());
    ASSERT_TRUE(kisi->list_groups(4567).ok());
    ASSERT_TRUE(kisi->list_group_locks(45274).ok());
    ASSERT_TRUE(kisi->list_locks(4567).ok());
    const auto requests = kisi.transport->requests();
    ASSERT_EQ(requests.size(), 6u);
    EXPECT_EQ(requests[0].target,
              "/role_assignments?applies_to_type=Group&applies_to_id=45274&limit=250&offset=0");
    EXPECT_EQ(requests[1].target,
              "/role_assignments?assignee_type=User&assignee_id=55&limit=250&offset=0");
    EXPECT_EQ(requests[2].target, "/users?limit=100&offset=0");
    EXPECT_EQ(requests[3].target, "/groups?place_id=4567&limit=250&offset=0");
    EXPECT_EQ(requests[4].target, "/group_locks?group_id=45274&limit=250&offset=0");
    EXPECT_EQ(requests[5].target, "/locks?place_id=4567&limit=250&offset=0");
}

TEST(Pagination, UsersPageByOneHundred) {
    ClientHarness kisi;
    std::string page = "[";
    for (int i = 0; i < 100; ++i) {
        page += (i ? "," : "") + std::string(R"({"id":)") + std::to_string(i) + R"(,"email":"u)" +
                std::to_string(i) + R"(@example.com"})";
    }
    page += "]";
    kisi.transport->respond(200, page, range("0-99/101"));
    kisi.transport->respond(200, R"([{"id":100,"email":"last@example.com"}])",
                            range("100-199/101"));
    auto users = kisi->list_users();
    ASSERT_TRUE(users.ok());
    EXPECT_EQ(users->size(), 101u);
    EXPECT_EQ(kisi.transport->requests()[1].target, "/users?limit=100&offset=100");
}

TEST(Pagination, StopsWithAnErrorPastKisisOffsetLimit) {
    ClientHarness kisi;
    for (int page = 0; page <= 20000 / 250; ++page)
        kisi.transport->respond(200, places(page * 250, 250));
    auto result = kisi->list_places();
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ErrorKind::unexpected);
    EXPECT_EQ(kisi.transport->requests().back().target, "/places?limit=250&offset=20000");
}

TEST(Pagination, AFailedPageFailsTheList) {
    ClientHarness kisi;
    kisi.transport->respond(200, places(0, 250), range("0-249/300"));
    kisi.transport->respond(403, R"({"code":"000403","error":"Forbidden"})");
    auto result = kisi->list_places();
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ErrorKind::forbidden);
}

TEST(Pagination, AnUndecodablePageNamesTheCall) {
    ClientHarness kisi;
    kisi.transport->respond(200, R"([{"id":"one"}])");
    auto result = kisi->list_places();
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ErrorKind::undecodable);
    EXPECT_NE(result.error().message.find("GET /places"), std::string::npos);
}

}  // namespace
}  // namespace kisi::client
