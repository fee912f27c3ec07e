// The sample-host executable as QA runs it: killed with SIGKILL in the middle of a batch of
// changes and started again, it delivers every change, each once after deduplication by
// event_id; SIGINT stops it cleanly.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <regex>
#include <set>

#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>

#include "http_client.h"
#include "temp_dir.h"

namespace host::testing {
namespace {

constexpr const char* token = "process-qa-token";

class RunningHost {
  public:
    explicit RunningHost(const std::filesystem::path& data_dir)
        : handle_(
              Poco::Process::launch(SAMPLE_HOST_EXE,
                                    {"--listen", "127.0.0.1:0", "--data-dir", data_dir.string(),
                                     "--plugins-dir", RECORDER_PLUGINS_DIR, "--qa-token", token},
                                    nullptr, &out_, nullptr)) {
        Poco::PipeInputStream lines(out_);
        static const std::regex listening(R"(listening on http://127\.0\.0\.1:(\d+))");
        for (std::string line; std::getline(lines, line);) {
            std::smatch match;
            if (std::regex_search(line, match, listening)) {
                client_ =
                    std::make_unique<HttpClient>(static_cast<std::uint16_t>(std::stoi(match[1])));
                return;
            }
        }
        ADD_FAILURE() << "sample-host did not report its address";
    }
    ~RunningHost() {
        if (Poco::Process::isRunning(handle_)) kill();
    }

    HttpAnswer qa(const std::string& method, const std::string& path,
                  const std::string& body = "{}") const {
        return client_->send(method, path, body, std::string(token));
    }
    std::int64_t create(const std::string& path, const std::string& body) const {
        const auto answer = qa("POST", path, body);
        EXPECT_EQ(answer.status, 201) << answer.body;
        return answer.object()->getValue<std::int64_t>("id");
    }
    void kill() {
        Poco::Process::kill(handle_);  // SIGKILL
        handle_.wait();
    }
    int interrupt() {
        Poco::Process::requestTermination(handle_.id());  // SIGINT
        return handle_.wait();
    }

  private:
    Poco::Pipe out_;
    Poco::ProcessHandle handle_;
    std::unique_ptr<HttpClient> client_;
};

std::vector<Poco::JSON::Object::Ptr> distinct_events(const std::filesystem::path& data_dir) {
    std::vector<Poco::JSON::Object::Ptr> distinct;
    std::set<std::string> seen;
    std::ifstream in(data_dir / "plugins" / "recorder" / "events.jsonl");
    for (std::string line; std::getline(in, line);) {
        auto event = Poco::JSON::Parser().parse(line).extract<Poco::JSON::Object::Ptr>();
        if (seen.insert(event->getValue<std::string>("event_id")).second) distinct.push_back(event);
    }
    return distinct;
}

TEST(HostProcess, KilledMidBatchAndRestartedDeliversEveryChangeOnceInEffect) {
    TempDir dir;
    const auto data_dir = dir.path() / "data";
    std::vector<std::int64_t> contracts;
    {
        RunningHost host(data_dir);
        const auto center =
            host.create("/qa/centers", R"({"name":"C","time_zone":"America/Chicago"})");
        const auto family = host.create("/qa/families", R"({"name":"F"})");
        for (int i = 0; i < 20; ++i) {
            const auto child = host.create(
                "/qa/children", R"({"family_id":)" + std::to_string(family) + R"(,"name":"K"})");
            contracts.push_back(host.create(
                "/qa/contracts", R"({"child_id":)" + std::to_string(child) + R"(,"center_id":)" +
                                     std::to_string(center) + R"(,"start_date":"2025-09-01"})"));
        }
        host.kill();
    }
    RunningHost host(data_dir);
    for (auto id : contracts) {
        ASSERT_EQ(
            host.qa("PATCH", "/qa/contracts/" + std::to_string(id), R"({"status":"withdrawn"})")
                .status,
            200);
    }
    const auto settled = host.qa("POST", "/qa/plugins/recorder/settle", R"({"timeout_ms":20000})");
    ASSERT_EQ(settled.status, 200) << settled.body;

    const auto events = distinct_events(data_dir);
    ASSERT_EQ(events.size(), 40u);
    std::map<std::int64_t, std::set<std::string>> causes;
    for (const auto& event : events) {
        causes[event->getObject("contract")->getValue<std::int64_t>("id")].insert(
            event->getValue<std::string>("cause"));
    }
    for (auto id : contracts)
        EXPECT_EQ(causes[id], (std::set<std::string>{"created", "updated"})) << id;
    EXPECT_EQ(host.interrupt(), 0);
}

}  // namespace
}  // namespace host::testing
