#include "kisi/client/clock.h"

#include <thread>

namespace kisi::client {
namespace {

class SystemClock final : public Clock {
  public:
    time_point now() const override { return std::chrono::steady_clock::now(); }
    std::chrono::system_clock::time_point wall_now() const override {
        return std::chrono::system_clock::now();
    }
    void sleep_until(time_point deadline) override { std::this_thread::sleep_until(deadline); }
};

}  // namespace

std::shared_ptr<Clock> Clock::system() {
    static const std::shared_ptr<Clock> clock = std::make_shared<SystemClock>();
    return clock;
}

}  // namespace kisi::client
