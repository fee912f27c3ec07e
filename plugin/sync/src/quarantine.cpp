#include "kisi/sync/quarantine.hpp"

namespace kisi::sync {

void Quarantine::record_success() {
    std::lock_guard lock(mutex_);
    consecutive_ = 0;
}

bool Quarantine::record_refusal(const std::string& reason, std::int64_t now_ms) {
    std::lock_guard lock(mutex_);
    ++consecutive_;
    if (state_ || consecutive_ < threshold) return false;
    state_ = State{reason, now_ms};
    return true;
}

std::optional<Quarantine::State> Quarantine::state() const {
    std::lock_guard lock(mutex_);
    return state_;
}

void Quarantine::clear() {
    std::lock_guard lock(mutex_);
    consecutive_ = 0;
    state_.reset();
}

}  // namespace kisi::sync
