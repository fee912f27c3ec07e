// crash_marker.hpp: remembers, across a crash of the whole process, which plugin call was
// running (the OBS "safe mode" sentinel, made precise).
//
// Each plugin has a small memory-mapped file in <state_dir>/inflight/. Before a call the
// calling thread writes the call's name and start time into it, and clears it afterwards:
// plain memory writes, cheap enough for every call. The mapping is shared with the kernel's
// page cache, so the record survives the process dying. A handler for fatal signals
// (SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT) flags the record of the plugin that the crashing
// thread was running, then lets the signal take its course. At the next start, a flagged
// record means "this plugin crashed the host"; an unflagged leftover only means the process
// was killed (kill -9, power loss) during a call, which is not the plugin's fault.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace host::loader {

class CrashMarker {
  public:
    // What a previous process left behind.
    struct Leftover {
        std::string call;
        std::int64_t started_ms = 0;  // Unix epoch milliseconds (system clock)
        bool crashed = false;         // a fatal signal hit while the call ran
    };

    // Reads the leftover record of `file` (if any), then resets the file and maps it.
    explicit CrashMarker(const std::filesystem::path& file);
    ~CrashMarker();
    CrashMarker(const CrashMarker&) = delete;
    CrashMarker& operator=(const CrashMarker&) = delete;

    const std::optional<Leftover>& leftover() const { return leftover_; }

    // Marks `call` as running on this thread; end() clears it. Not nested.
    void begin(const char* call) noexcept;
    void end() noexcept;

    // Installs the fatal-signal handler once per process (later calls do nothing).
    static void install_crash_handler();

  private:
    struct Mapping;
    std::unique_ptr<Mapping> mapping_;
    std::optional<Leftover> leftover_;
};

// Holds a call marked for its scope.
class MarkedCall {
  public:
    MarkedCall(CrashMarker& marker, const char* call) noexcept : marker_(marker) {
        marker_.begin(call);
    }
    ~MarkedCall() { marker_.end(); }
    MarkedCall(const MarkedCall&) = delete;
    MarkedCall& operator=(const MarkedCall&) = delete;

  private:
    CrashMarker& marker_;
};

}  // namespace host::loader
