#pragma once

#include <chrono>
#include <memory>

namespace kisi::client {

// The client's only source of time, so that retries and rate limiting can be tested with a
// fake clock that advances instead of sleeping.
class Clock {
  public:
    using time_point = std::chrono::steady_clock::time_point;
    using duration = std::chrono::steady_clock::duration;

    virtual ~Clock() = default;
    virtual time_point now() const = 0;
    // Calendar time, for Retry-After given as an HTTP date.
    virtual std::chrono::system_clock::time_point wall_now() const = 0;
    virtual void sleep_until(time_point deadline) = 0;

    // The real clock, shared.
    static std::shared_ptr<Clock> system();
};

}  // namespace kisi::client
