// The time against which the sandbox judges assignment validity and stamps records.
#pragma once

#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>

namespace kisi::sandbox {

class SandboxClock {
  public:
    // With a source (the host's simulated clock) the clock follows it and cannot be set.
    explicit SandboxClock(std::function<std::int64_t()> source = {});

    std::int64_t now_ms() const;
    bool follows_source() const { return static_cast<bool>(source_); }
    // "host" (follows the source), "set" (moved through set()) or "real".
    std::string mode() const;

    // Moves the clock to `unix_ms`; it runs on in real time from there. nullopt: real time.
    // Returns false when the clock follows a source.
    bool set(std::optional<std::int64_t> unix_ms);

  private:
    static std::int64_t real_now_ms();

    std::function<std::int64_t()> source_;
    mutable std::mutex mutex_;
    std::int64_t offset_ms_ = 0;
    bool moved_ = false;
};

}  // namespace kisi::sandbox
