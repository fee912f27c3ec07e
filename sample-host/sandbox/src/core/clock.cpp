#include "core/clock.h"

#include <chrono>

namespace kisi::sandbox {

SandboxClock::SandboxClock(std::function<std::int64_t()> source) : source_(std::move(source)) {}

std::int64_t SandboxClock::real_now_ms() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::int64_t SandboxClock::now_ms() const {
    if (source_) return source_();
    std::lock_guard lock(mutex_);
    return real_now_ms() + offset_ms_;
}

bool SandboxClock::set(std::optional<std::int64_t> unix_ms) {
    if (source_) return false;
    std::lock_guard lock(mutex_);
    offset_ms_ = unix_ms ? *unix_ms - real_now_ms() : 0;
    moved_ = unix_ms.has_value();
    return true;
}

std::string SandboxClock::mode() const {
    if (source_) return "host";
    std::lock_guard lock(mutex_);
    return moved_ ? "set" : "real";
}

}  // namespace kisi::sandbox
