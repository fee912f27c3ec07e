// The host services a plugin sees (hp_host_api), in memory, for the sync tests: a ticking
// clock a test can move, the HostModel as directory, secrets, a data directory, and captured
// log lines and alerts. sdk::Host wraps it exactly as it wraps a real host.
#pragma once

#include "host_model.hpp"

#include <host_api/host_plugin.h>
#include <sdk/host.hpp>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace sync_test {

// Runs from the instant set, like the sample host's simulated clock.
class TestClock {
  public:
    explicit TestClock(std::int64_t start_ms) { set(start_ms); }
    void set(std::int64_t now_ms);
    std::int64_t now_ms() const;

  private:
    mutable std::mutex mutex_;
    std::int64_t set_ms_ = 0;
    std::chrono::steady_clock::time_point set_at_;
};

// "2026-03-01T06:00:00Z" -> ms since the epoch.
std::int64_t iso_ms(const std::string& iso);

class TestHost {
  public:
    TestHost(HostModel& model, TestClock& clock, std::filesystem::path data_dir);
    TestHost(const TestHost&) = delete;
    TestHost& operator=(const TestHost&) = delete;

    sdk::Host host();
    std::vector<std::string> alerts() const;
    std::vector<std::string> logs() const;

    HostModel& model;
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
