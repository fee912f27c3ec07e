#include <Poco/AutoPtr.h>
#include <Poco/Channel.h>
#include <Poco/Logger.h>
#include <Poco/Message.h>
#include <gtest/gtest.h>

#include <mutex>

#include "support/client_harness.h"

namespace kisi::client {
namespace {

using testing::ClientHarness;
using testing::kTestKey;

void expect_no_key(const Error& error) {
    EXPECT_EQ(error.message.find(kTestKey), std::string::npos) << error.message;
    EXPECT_EQ(error.kisi_code.find(kTestKey), std::string::npos);
    for (const auto& [field, messages] : error.field_errors) {
        EXPECT_EQ(field.find(kTestKey), std::string::npos);
        for (const auto& message : messages) EXPECT_EQ(message.find(kTestKey), std::string::npos);
    }
}

TEST(Secrets, KeyEchoedByKisiNeverReachesAnError) {
    const std::string key(kTestKey);
    const std::string echo = R"({"code":")" + key + R"(","error":"Invalid login )" + key + "\"}";
    const std::string fields =
        R"({"errors":{")" + key + R"(":["KISI-LOGIN )" + key + R"( is not valid"]}})";
    for (const auto& [status, body] : std::vector<std::pair<int, std::string>>{
             {401, echo}, {403, echo}, {404, echo}, {409, echo}, {422, fields}, {400, echo}}) {
        ClientHarness kisi;
        kisi.transport->respond(status, body);
        auto result = kisi->list_places();
        ASSERT_FALSE(result.ok());
        expect_no_key(result.error());
    }
}

TEST(Secrets, KeyNeverReachesTransientOrDecodingErrors) {
    auto config = testing::test_config();
    config.retry.max_attempts = 1;
    const std::string key(kTestKey);

    ClientHarness server_error(config);
    server_error.transport->respond(500, R"({"code":"x","error":"bad key )" + key + "\"}");
    expect_no_key(server_error->get_user(1).error());

    ClientHarness network(config);
    network.transport->fail(ErrorKind::network, "reset while sending KISI-LOGIN " + key);
    expect_no_key(network->get_user(1).error());

    ClientHarness undecodable(config);
    undecodable.transport->respond(200, R"({"id":")" + key + R"(","email":"a@b.c"})");
    expect_no_key(undecodable->get_user(1).error());
}

// Collects every log line the client writes.
class CapturingChannel final : public Poco::Channel {
  public:
    void log(const Poco::Message& message) override {
        std::lock_guard lock(mutex_);
        lines_.push_back(message.getText());
    }
    std::vector<std::string> lines() {
        std::lock_guard lock(mutex_);
        return lines_;
    }

  private:
    std::mutex mutex_;
    std::vector<std::string> lines_;
};

TEST(Secrets, KeyNeverReachesTheLog) {
    auto& logger = Poco::Logger::get("kisi.client");
    Poco::AutoPtr<CapturingChannel> channel(new CapturingChannel);
    Poco::AutoPtr<Poco::Channel> previous_channel(logger.getChannel(), true);
    const int previous_level = logger.getLevel();
    logger.setChannel(channel);
    logger.setLevel(Poco::Message::PRIO_TRACE);

    const std::string key(kTestKey);
    ClientHarness kisi;
    kisi.transport->respond(503, R"({"code":"x","error":")" + key + "\"}")
        .fail(ErrorKind::network, "dropped " + key)
        .respond(200, R"([{"id":1,"resource_type":"Place","name":"HQ"}])")
        .respond(401, R"({"code":"x","error":"unknown key )" + key + "\"}");
    EXPECT_TRUE(kisi->list_places().ok());
    EXPECT_FALSE(kisi->list_places().ok());

    logger.setChannel(previous_channel);
    logger.setLevel(previous_level);
    const auto lines = channel->lines();
    EXPECT_GE(lines.size(), 3u);
    for (const auto& line : lines) EXPECT_EQ(line.find(key), std::string::npos) << line;
}

}  // namespace
}  // namespace kisi::client
