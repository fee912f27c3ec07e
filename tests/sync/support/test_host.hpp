// The host services a plugin sees (hp_host_api), in memory, for the sync tests: a ticking
// clock a test can move, a directory (the HostModel, or the sample host's own), secrets, a
// data directory, and captured log lines and alerts. sdk::Host wraps it exactly as it wraps a
// real host.
#pragma once

#include "host_model.hpp"

#include <host_api/host_plugin.h>
#include <sdk/host.hpp>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace sync_test {

// Runs from the instant set, like the sample host's simulated clock; or stands still once
// frozen, like a test host's clock.
class TestClock {
  public:
    explicit TestClock(std::int64_t start_ms) { set(start_ms); }
    void set(std::int64_t now_ms);
    void freeze();
    std::int64_t now_ms() const;

  private:
    mutable std::mutex mutex_;
    bool frozen_ = false;
    std::int64_t set_ms_ = 0;
    std::chrono::steady_clock::time_point set_at_;
};

// "2026-03-01T06:00:00Z" -> ms since the epoch.
std::int64_t iso_ms(const std::string& iso);

// A directory request's answer: HP_OK with the document, or a status with a message.
struct DirectoryAnswer {
    hp_status status = HP_OK;
    std::string body;
};
using DirectoryFn = std::function<DirectoryAnswer(const std::string& request_json)>;

// The HostModel as directory.
DirectoryFn directory_of(const HostModel& model);

class TestHost {
  public:
    TestHost(DirectoryFn directory, TestClock& clock, std::filesystem::path data_dir);
    TestHost(const TestHost&) = delete;
    TestHost& operator=(const TestHost&) = delete;

    sdk::Host host();
    std::vector<std::string> alerts() const;
    std::vector<std::string> logs() const;

    const DirectoryFn directory;
    TestClock& clock;
    const std::filesystem::path data_dir;

  private:
    static TestHost& self(hp_host* host) { return *reinterpret_cast<TestHost*>(host); }
    static hp_status write(hp_sink* sink, const std::string& text);

    hp_host_api api_{};
    mutable std::mutex mutex_;
    std::map<std::string, std::string> secrets_;
    std::vector<std::string> alerts_;
    std::vector<std::string> logs_;
};

}  // namespace sync_test
