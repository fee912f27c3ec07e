// The host's clock: real time by default; QA may move it (it then keeps running from the
// instant set). The offset from real time is durable, so a restart does not jump back.
// Everything that makes business decisions (events, plugins' now_ms, the embedded sandbox)
// reads this clock.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "host_data/result.h"
#include "host_data/settings_store.h"

namespace host::data {

class HostClock {
  public:
    // Loads the persisted offset.
    static Result<std::shared_ptr<HostClock>> open(std::shared_ptr<SettingsStore> settings);

    HostClock(std::shared_ptr<SettingsStore> settings, std::int64_t offset_ms);

    std::int64_t now_ms() const;
    bool simulated() const { return offset_ms_.load() != 0; }

    // Moves the clock to `now_ms` (persisted), then tells the listeners.
    Status set(std::int64_t now_ms);
    // Back to real time.
    Status reset();

    // Listeners run on the thread that moved the clock, after the move.
    void on_moved(std::function<void()> listener);

  private:
    Status store_offset(std::int64_t offset_ms);

    std::shared_ptr<SettingsStore> settings_;
    std::atomic<std::int64_t> offset_ms_;
    std::mutex listeners_mutex_;
    std::vector<std::function<void()>> listeners_;
};

std::int64_t real_now_ms();

}  // namespace host::data
