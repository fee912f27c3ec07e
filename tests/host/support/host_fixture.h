// A sample host running in-process on 127.0.0.1 port 0 over a temporary data directory, with
// the recorder test plugin loaded, the QA API on, and fast event redelivery.
#pragma once

#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <memory>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <host_app/sample_host.hpp>

#include "http_client.h"
#include "temp_dir.h"

namespace host::testing {

inline constexpr const char* qa_token = "qa-test-token";

class HostFixture : public ::testing::Test {
  protected:
    void SetUp() override { start(); }
    void TearDown() override { host.reset(); }

    virtual app::HostConfig config() {
        app::HostConfig config;
        config.options.listen_host = "127.0.0.1";
        config.options.listen_port = 0;
        config.options.data_dir = dir.path() / "data";
        config.options.plugins_dir = RECORDER_PLUGINS_DIR;
        config.options.qa_token = qa_token;
        config.delivery.first_retry = std::chrono::milliseconds(5);
        config.delivery.max_retry = std::chrono::milliseconds(40);
        config.delivery.idle_poll = std::chrono::milliseconds(200);
        config.install_crash_handler = false;
        return config;
    }

    void start() {
        host = std::make_unique<app::SampleHost>(config());
        client = std::make_unique<HttpClient>(host->port());
    }
    void restart() {
        host.reset();
        start();
    }

    // QA API calls with the QA bearer.
    HttpAnswer qa(const std::string& method, const std::string& path,
                  const std::optional<std::string>& body = std::nullopt) const {
        return client->send(method, path, body, std::string(qa_token));
    }
    // POST a create and answer the new id (the test fails unless it answered 201).
    std::int64_t create(const std::string& path, const std::string& body) const {
        const auto answer = qa("POST", path, body);
        EXPECT_EQ(answer.status, 201) << path << " " << body << " -> " << answer.body;
        return answer.status == 201 ? answer.object()->getValue<std::int64_t>("id") : 0;
    }

    std::int64_t center(const std::string& time_zone = "America/Chicago") const {
        return create("/qa/centers", R"({"name":"Center","time_zone":")" + time_zone + R"("})");
    }
    std::int64_t family() const { return create("/qa/families", R"({"name":"Doe family"})"); }
    std::int64_t adult(std::int64_t family_id, const std::string& email = "jane@example.com",
                       bool door_access = true) const {
        return create("/qa/adults", R"({"family_id":)" + std::to_string(family_id) +
                                        R"(,"name":"Jane Doe","email":")" + email +
                                        R"(","relationship":"guardian","door_access":)" +
                                        (door_access ? "true" : "false") + "}");
    }
    std::int64_t child(std::int64_t family_id) const {
        return create("/qa/children",
                      R"({"family_id":)" + std::to_string(family_id) + R"(,"name":"Kid Doe"})");
    }
    std::int64_t contract(std::int64_t child_id, std::int64_t center_id, const std::string& start,
                          const std::string& end = "null") const {
        return create("/qa/contracts", R"({"child_id":)" + std::to_string(child_id) +
                                           R"(,"center_id":)" + std::to_string(center_id) +
                                           R"(,"start_date":")" + start + R"(","end_date":)" +
                                           (end == "null" ? end : "\"" + end + "\"") + "}");
    }
    std::int64_t employee(std::int64_t center_id, const std::string& status = "active") const {
        return create("/qa/employees", R"({"name":"Ann Staff","email":"ann@example.com",)"
                                       R"("home_center_id":)" +
                                           std::to_string(center_id) + R"(,"status":")" + status +
                                           R"("})");
    }

    // Waits until the recorder has acknowledged every event and reports no pending work.
    void settle(int timeout_ms = 10000) const {
        const auto answer = qa("POST", "/qa/plugins/recorder/settle",
                               R"({"timeout_ms":)" + std::to_string(timeout_ms) + "}");
        ASSERT_EQ(answer.status, 200) << answer.body;
    }

    // The events the recorder acknowledged, in the order it recorded them.
    std::vector<Poco::JSON::Object::Ptr> recorded_events() const {
        std::vector<Poco::JSON::Object::Ptr> events;
        std::ifstream in(dir.path() / "data" / "plugins" / "recorder" / "events.jsonl");
        for (std::string line; std::getline(in, line);) {
            events.push_back(Poco::JSON::Parser().parse(line).extract<Poco::JSON::Object::Ptr>());
        }
        return events;
    }

    // As a plugin that deduplicates by event_id sees them.
    std::vector<Poco::JSON::Object::Ptr> distinct_events() const {
        std::vector<Poco::JSON::Object::Ptr> distinct;
        std::set<std::string> seen;
        for (const auto& event : recorded_events()) {
            if (seen.insert(event->getValue<std::string>("event_id")).second)
                distinct.push_back(event);
        }
        return distinct;
    }

    TempDir dir;
    std::unique_ptr<app::SampleHost> host;
    std::unique_ptr<HttpClient> client;
};

}  // namespace host::testing
