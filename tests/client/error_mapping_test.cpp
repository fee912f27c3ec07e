#include "kisi/client/error_mapping.h"

#include <gtest/gtest.h>

namespace kisi::client {
namespace {

using namespace std::chrono;

const system_clock::time_point kNow{seconds{1704067200}};  // 2024-01-01T00:00:00Z

Error map(int status, std::string body, HttpHeaders headers = {}) {
    return error_from_response(HttpResponse{status, std::move(headers), std::move(body)},
                               "GET /places", kNow);
}

TEST(ErrorMapping, EachStatusHasItsKind) {
    const std::string body = R"({"code":"abc123","error":"Something"})";
    EXPECT_EQ(map(400, body).kind, ErrorKind::validation);
    EXPECT_EQ(map(401, body).kind, ErrorKind::authentication);
    EXPECT_EQ(map(403, body).kind, ErrorKind::forbidden);
    EXPECT_EQ(map(404, body).kind, ErrorKind::not_found);
    EXPECT_EQ(map(409, body).kind, ErrorKind::conflict);
    EXPECT_EQ(map(422, body).kind, ErrorKind::validation);
    EXPECT_EQ(map(429, body).kind, ErrorKind::rate_limited);
    EXPECT_EQ(map(500, body).kind, ErrorKind::server);
    EXPECT_EQ(map(502, "<html>Bad gateway</html>").kind, ErrorKind::server);
    EXPECT_EQ(map(503, body).kind, ErrorKind::server);
    EXPECT_EQ(map(302, "").kind, ErrorKind::unexpected);
    EXPECT_EQ(map(410, body).kind, ErrorKind::unexpected);
    EXPECT_EQ(map(418, body).http_status, 418);
}

TEST(ErrorMapping, KeepsKisisCodeAndMessage) {
    const auto error = map(403, R"({"code":"fcd8ef","error":"Access denied."})");
    EXPECT_EQ(error.kisi_code, "fcd8ef");
    EXPECT_EQ(error.http_status, 403);
    EXPECT_NE(error.message.find("Access denied."), std::string::npos) << error.message;
    EXPECT_NE(error.message.find("GET /places"), std::string::npos);
    EXPECT_NE(error.message.find("administrator"), std::string::npos);
}

TEST(ErrorMapping, AuthenticationMessageTellsTheAdminWhatToDo) {
    const auto error = map(401, R"({"code":"000401","error":"Unauthorized"})");
    EXPECT_EQ(error.message.rfind("Kisi rejected the API key (HTTP 401", 0), 0u) << error.message;
}

TEST(ErrorMapping, ValidationCarriesPerFieldMessages) {
    const auto error =
        map(422, R"({"errors":{"email":["can't be blank or invalid"],"name":["is too long"]}})");
    EXPECT_EQ(error.kind, ErrorKind::validation);
    ASSERT_EQ(error.field_errors.size(), 2u);
    EXPECT_EQ(error.field_errors.at("email").front(), "can't be blank or invalid");
    EXPECT_NE(error.message.find("email can't be blank or invalid"), std::string::npos)
        << error.message;
    EXPECT_NE(error.message.find("name is too long"), std::string::npos);
}

TEST(ErrorMapping, UnreadableBodiesStillMapByStatus) {
    for (const char* body : {"", "not json", "[1,2]", "{\"error\":{\"nested\":1}}"}) {
        const auto error = map(404, body);
        EXPECT_EQ(error.kind, ErrorKind::not_found) << body;
        EXPECT_FALSE(error.message.empty());
    }
}

TEST(ErrorMapping, HostileKisiMessagesAreShortenedAndFlattened) {
    const std::string body = R"({"code":"x","error":")" + std::string(5000, 'A') + R"(\nB"})";
    const auto error = map(500, body);
    EXPECT_LT(error.message.size(), 700u);
    EXPECT_EQ(error.message.find('\n'), std::string::npos);
}

TEST(ErrorMapping, RetryAfterInSecondsOrAsHttpDate) {
    EXPECT_EQ(map(429, "", {{"Retry-After", "3"}}).retry_after, milliseconds{3000});
    EXPECT_EQ(map(429, "", {{"retry-after", " 0 "}}).retry_after, milliseconds{0});
    EXPECT_EQ(map(429, "", {{"Retry-After", "Mon, 01 Jan 2024 00:00:07 GMT"}}).retry_after,
              milliseconds{7000});
    EXPECT_EQ(map(503, "", {{"Retry-After", "2"}}).retry_after, milliseconds{2000});
    EXPECT_FALSE(map(429, "").retry_after.has_value());
    EXPECT_FALSE(map(429, "", {{"Retry-After", "soon"}}).retry_after.has_value());
    EXPECT_FALSE(map(429, "", {{"Retry-After", "-5"}}).retry_after.has_value());
    EXPECT_FALSE(map(500, "", {{"Retry-After", "5"}}).retry_after.has_value());
}

TEST(ErrorMapping, RetryAfterIsBounded) {
    EXPECT_EQ(parse_retry_after("Sun, 31 Dec 2023 23:00:00 GMT", kNow), milliseconds{0});
    EXPECT_EQ(parse_retry_after("99999999999999999999", kNow), hours{24});
    EXPECT_EQ(parse_retry_after("Fri, 01 Jan 2100 00:00:00 GMT", kNow), hours{24});
    EXPECT_FALSE(parse_retry_after("Xxx, 99 Foo 2024 99:99:99 GMT", kNow).has_value());
    EXPECT_FALSE(parse_retry_after("", kNow).has_value());
}

}  // namespace
}  // namespace kisi::client
