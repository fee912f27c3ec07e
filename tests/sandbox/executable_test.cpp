// The standalone kisi-sandbox executable: flags, start-up output, and stopping on a signal.
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>
#include <Poco/URI.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace kisi::sandbox::test {
namespace {

TEST(Executable, PrintsUrlAndKeyServesKisiAndStopsOnSignal) {
    Poco::Pipe output;
    Poco::ProcessHandle process = Poco::Process::launch(
        KISI_SANDBOX_EXECUTABLE,
        {"--listen", "127.0.0.1:0", "--api-key", "exe-key", "--seed", "empty", "--rate-limit", "0"},
        nullptr, &output, &output);
    Poco::PipeInputStream lines(output);
    std::string banner;
    std::string key_line;
    std::getline(lines, banner);
    std::getline(lines, key_line);
    EXPECT_NE(banner.find("Sandbox Organization"), std::string::npos) << banner;
    EXPECT_EQ(key_line, "Organization admin API key: exe-key");

    const auto url_at = banner.find("http://");
    ASSERT_NE(url_at, std::string::npos) << banner;
    const Poco::URI base(banner.substr(url_at));
    Poco::Net::HTTPClientSession session(base.getHost(), base.getPort());
    Poco::Net::HTTPRequest request("GET", "/user", Poco::Net::HTTPMessage::HTTP_1_1);
    request.set("Authorization", "KISI-LOGIN exe-key");
    session.sendRequest(request);
    Poco::Net::HTTPResponse response;
    session.receiveResponse(response);
    EXPECT_EQ(response.getStatus(), 200);

    Poco::Process::requestTermination(process.id());
    EXPECT_EQ(process.wait(), 0);
}

TEST(Executable, RejectsBadFlags) {
    for (const std::vector<std::string>& arguments : {std::vector<std::string>{"--seed", "full"},
                                                      {"--listen", "nowhere"},
                                                      {"--rate-limit", "-3"}}) {
        Poco::Pipe output;
        Poco::ProcessHandle process =
            Poco::Process::launch(KISI_SANDBOX_EXECUTABLE, arguments, nullptr, &output, &output);
        Poco::PipeInputStream lines(output);
        std::string text((std::istreambuf_iterator<char>(lines)), std::istreambuf_iterator<char>());
        EXPECT_NE(process.wait(), 0) << arguments[0];
        EXPECT_NE(text.find(arguments[0]), std::string::npos) << text;
    }
}

}  // namespace
}  // namespace kisi::sandbox::test
