#include "host_data/host_clock.h"

#include <chrono>
#include <string>

namespace host::data {
namespace {
constexpr const char* offset_key = "clock.offset_ms";
}

std::int64_t real_now_ms() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

Result<std::shared_ptr<HostClock>> HostClock::open(std::shared_ptr<SettingsStore> settings) {
    auto stored = settings->host_setting(offset_key);
    if (!stored) return stored.error();
    const std::int64_t offset = stored.value() ? std::stoll(*stored.value()) : 0;
    return std::make_shared<HostClock>(std::move(settings), offset);
}

HostClock::HostClock(std::shared_ptr<SettingsStore> settings, std::int64_t offset_ms)
    : settings_(std::move(settings)), offset_ms_(offset_ms) {}

std::int64_t HostClock::now_ms() const {
    return real_now_ms() + offset_ms_.load();
}

Status HostClock::set(std::int64_t now_ms) {
    return store_offset(now_ms - real_now_ms());
}

Status HostClock::reset() {
    return store_offset(0);
}

void HostClock::on_moved(std::function<void()> listener) {
    std::lock_guard lock(listeners_mutex_);
    listeners_.push_back(std::move(listener));
}

Status HostClock::store_offset(std::int64_t offset_ms) {
    if (auto stored = settings_->set_host_setting(offset_key, std::to_string(offset_ms)); !stored) {
        return stored;
    }
    offset_ms_ = offset_ms;
    std::vector<std::function<void()>> listeners;
    {
        std::lock_guard lock(listeners_mutex_);
        listeners = listeners_;
    }
    for (const auto& listener : listeners) listener();
    return Done{};
}

}  // namespace host::data
