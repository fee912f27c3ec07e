#include "kisi_sandbox/sandbox.h"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <gtest/gtest.h>

namespace kisi::sandbox::test {
namespace {

Options quiet_options() {
    Options options;
    options.rate_limit = 0;
    return options;
}

int status_of_user_call(const Sandbox& sandbox) {
    Poco::Net::HTTPClientSession session("127.0.0.1", sandbox.port());
    Poco::Net::HTTPRequest request("GET", "/user", Poco::Net::HTTPMessage::HTTP_1_1);
    request.set("Authorization", "KISI-LOGIN " + sandbox.api_key());
    session.sendRequest(request);
    Poco::Net::HTTPResponse response;
    session.receiveResponse(response);
    return response.getStatus();
}

TEST(SandboxLifecycle, StartsOnAFreePortWithAGeneratedKey) {
    Sandbox sandbox(quiet_options());
    EXPECT_FALSE(sandbox.running());
    ASSERT_TRUE(sandbox.start());
    EXPECT_TRUE(sandbox.running());
    EXPECT_NE(sandbox.port(), 0);
    EXPECT_EQ(sandbox.base_url(), "http://127.0.0.1:" + std::to_string(sandbox.port()));
    EXPECT_EQ(sandbox.api_key().size(), 40u);
    EXPECT_EQ(sandbox.organization_name(), "Little Acorns Childcare");
    EXPECT_EQ(status_of_user_call(sandbox), 200);
}

TEST(SandboxLifecycle, TheEmptySeedHasItsOwnOrganization) {
    Options options = quiet_options();
    options.seed = Seed::empty;
    Sandbox sandbox(options);
    EXPECT_EQ(sandbox.organization_name(), "Sandbox Organization");
}

TEST(SandboxLifecycle, StartTwiceOrOnATakenPortFailsWithAMessage) {
    Sandbox first(quiet_options());
    ASSERT_TRUE(first.start());
    const StartResult again = first.start();
    EXPECT_FALSE(again);
    EXPECT_NE(again.message.find("already running"), std::string::npos);

    Options taken = quiet_options();
    taken.port = first.port();
    Sandbox second(taken);
    const StartResult refused = second.start();
    EXPECT_FALSE(refused);
    EXPECT_NE(refused.message.find(std::to_string(first.port())), std::string::npos);

    Options nonsense = quiet_options();
    nonsense.host = "not an address";
    EXPECT_FALSE(Sandbox(nonsense).start());
}

TEST(SandboxLifecycle, StopIsIdempotentAndKeepsTheState) {
    Options options = quiet_options();
    options.api_key = "kept-key";
    Sandbox sandbox(options);
    ASSERT_TRUE(sandbox.start());
    sandbox.stop();
    sandbox.stop();
    EXPECT_FALSE(sandbox.running());
    ASSERT_TRUE(sandbox.start());
    EXPECT_EQ(sandbox.api_key(), "kept-key");
    EXPECT_EQ(status_of_user_call(sandbox), 200);
}

}  // namespace
}  // namespace kisi::sandbox::test
