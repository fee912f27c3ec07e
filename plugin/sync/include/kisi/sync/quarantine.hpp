#pragma once

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>

namespace kisi::sync {

// Repeated 401/403 answers mean the key was revoked or lost its admin rights: the engine stops
// sending (so Kisi does not suspend the integration for its error rate) until an admin saves a
// working key. Thread-safe: the worker records, the host's strand reads and clears.
class Quarantine {
  public:
    static constexpr int threshold = 3;  // consecutive refusals

    struct State {
        std::string reason;
        std::int64_t since_ms = 0;
    };

    void record_success();
    // True when this refusal puts the engine into quarantine.
    bool record_refusal(const std::string& reason, std::int64_t now_ms);
    std::optional<State> state() const;
    bool active() const { return state().has_value(); }
    void clear();

  private:
    mutable std::mutex mutex_;
    int consecutive_ = 0;
    std::optional<State> state_;
};

}  // namespace kisi::sync
