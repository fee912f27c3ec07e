#include "control/control_routes.h"
#include "handlers/kisi_routes.h"
#include "http/pipeline.h"
#include "sandbox_fixture.h"

namespace kisi::sandbox::test {
namespace {

using AuthRoutingTest = SandboxTest;

TEST_F(AuthRoutingTest, MissingOrUnknownKeyIs401) {
    for (const std::string& key : {std::string(), std::string("wrong-key")}) {
        const HttpResult refused = get("/places", key);
        ASSERT_EQ(refused.status, 401) << key;
        EXPECT_EQ(keys_of(refused.object()), (std::set<std::string>{"code", "error"}));
    }
    const HttpResult wrong_scheme =
        request("GET", "/places", std::nullopt, {{"Authorization", "Bearer test-admin-key"}});
    EXPECT_EQ(wrong_scheme.status, 401);
}

TEST_F(AuthRoutingTest, ErrorsNeverEchoTheKey) {
    const HttpResult refused = get("/places", "secret-that-must-not-leak");
    EXPECT_EQ(refused.body.find("secret-that-must-not-leak"), std::string::npos);
}

TEST_F(AuthRoutingTest, UnknownRoutesAre404WithKisisBody) {
    for (const auto& [method, path] :
         std::vector<std::pair<std::string, std::string>>{{"GET", "/nope"},
                                                          {"GET", "/users/abc"},
                                                          {"PUT", "/users/1"},
                                                          {"GET", "/locks/1/unlock"},
                                                          {"GET", "/_sandbox/nope"}}) {
        const HttpResult missing = call(method, path);
        ASSERT_EQ(missing.status, 404) << method << " " << path;
        EXPECT_EQ(
            missing.body,
            R"({"code":"000404","error":"The endpoint does not exist, please check your request."})");
    }
    // No key needed to learn that a route does not exist.
    EXPECT_EQ(get("/nope", "").status, 404);
}

TEST_F(AuthRoutingTest, ATrailingSlashIsTheSameRoute) {
    EXPECT_EQ(get("/places/").status, 200);
}

TEST_F(AuthRoutingTest, AcceptsTheSchemeCaseInsensitively) {
    const HttpResult lower_case =
        request("GET", "/user", std::nullopt, {{"Authorization", "kisi-login test-admin-key"}});
    EXPECT_EQ(lower_case.status, 200);
}

TEST_F(AuthRoutingTest, ControlEndpointsNeedNoKey) {
    EXPECT_EQ(get("/_sandbox/clock", "").status, 200);
    EXPECT_EQ(get("/_sandbox/requests", "").status, 200);
    EXPECT_EQ(get("/_sandbox/faults", "").status, 200);
}

}  // namespace
}  // namespace kisi::sandbox::test

namespace kisi::sandbox::test {
namespace {

// The control endpoints check the peer address; only a unit test can send from elsewhere.
TEST(ControlAccess, ClientsOutsideLoopbackAreRefused) {
    State state;
    SandboxClock clock;
    FaultInjector faults(RateLimiter::steady_now_ms);
    RateLimiter rate_limiter(0);
    RequestLog request_log;
    Services services{state, clock, faults, rate_limiter, request_log};
    const Router kisi = make_kisi_routes();
    const Router control = make_control_routes();
    Pipeline pipeline(services, kisi, control);

    ApiRequest request;
    request.method = "GET";
    request.path = "/_sandbox/clock";
    request.peer_address = "192.0.2.10";
    request.peer_is_loopback = false;
    EXPECT_EQ(pipeline.handle(request).status, 403);

    request.peer_address = "127.0.0.1";
    request.peer_is_loopback = true;
    EXPECT_EQ(pipeline.handle(request).status, 200);
}

}  // namespace
}  // namespace kisi::sandbox::test
