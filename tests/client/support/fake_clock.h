#pragma once

#include <chrono>
#include <mutex>
#include <vector>

#include "kisi/client/clock.h"

namespace kisi::client::testing {

// Time that moves only when someone sleeps or the test advances it; records every sleep.
class FakeClock final : public Clock {
  public:
    time_point now() const override {
        std::lock_guard lock(mutex_);
        return now_;
    }
    std::chrono::system_clock::time_point wall_now() const override {
        std::lock_guard lock(mutex_);
        return wall_start_ +
               std::chrono::duration_cast<std::chrono::system_clock::duration>(now_ - time_point{});
    }
    void sleep_until(time_point deadline) override {
        std::lock_guard lock(mutex_);
        if (deadline > now_) {
            sleeps_.push_back(
                std::chrono::duration_cast<std::chrono::milliseconds>(deadline - now_));
            now_ = deadline;
        }
    }
    void advance(std::chrono::milliseconds by) {
        std::lock_guard lock(mutex_);
        now_ += by;
    }
    std::chrono::milliseconds elapsed() const {
        std::lock_guard lock(mutex_);
        return std::chrono::duration_cast<std::chrono::milliseconds>(now_ - time_point{});
    }
    std::vector<std::chrono::milliseconds> sleeps() const {
        std::lock_guard lock(mutex_);
        return sleeps_;
    }

  private:
    mutable std::mutex mutex_;
    time_point now_{};
    // 2024-01-01T00:00:00Z, so that HTTP dates in tests are easy to write.
    std::chrono::system_clock::time_point wall_start_{std::chrono::seconds{1704067200}};
    std::vector<std::chrono::milliseconds> sleeps_;
};

}  // namespace kisi::client::testing
