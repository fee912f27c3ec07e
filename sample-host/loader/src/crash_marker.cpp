#include "crash_marker.hpp"

#include <Poco/File.h>
#include <Poco/SharedMemory.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstring>
#include <fstream>
#include <mutex>

namespace host::loader {
namespace {

enum : std::uint32_t { idle = 0, in_flight = 1, crashed = 2 };

// The file's layout. Fixed size, plain data, written in place.
struct Record {
    std::uint32_t magic;
    volatile std::uint32_t phase;
    std::int64_t started_ms;
    char call[48];
};
constexpr std::uint32_t record_magic = 0x68706d31;  // "hpm1"

// The record of the call running on this thread, for the signal handler.
thread_local Record* current_record = nullptr;

constexpr int fatal_signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT};
struct sigaction previous_actions[std::size(fatal_signals)];

void on_fatal_signal(int signal) {
    // Only async-signal-safe work: a store into mapped memory, then the previous disposition.
    if (current_record != nullptr) current_record->phase = crashed;
    for (std::size_t i = 0; i < std::size(fatal_signals); ++i) {
        if (fatal_signals[i] == signal) sigaction(signal, &previous_actions[i], nullptr);
    }
    // Returning re-executes a faulting instruction; a raised signal is re-raised explicitly.
    // Either way the previous handler (or the default: terminate) takes over.
    raise(signal);
}

std::int64_t epoch_ms() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

}  // namespace

struct CrashMarker::Mapping {
    Poco::SharedMemory memory;
    Record* record() { return reinterpret_cast<Record*>(memory.begin()); }
};

CrashMarker::CrashMarker(const std::filesystem::path& file) {
    std::filesystem::create_directories(file.parent_path());
    {
        std::ifstream in(file, std::ios::binary);
        Record old{};
        if (in.read(reinterpret_cast<char*>(&old), sizeof old) && old.magic == record_magic &&
            old.phase != idle) {
            old.call[sizeof old.call - 1] = '\0';
            leftover_ = Leftover{old.call, old.started_ms, old.phase == crashed};
        }
    }
    {
        Record fresh{};
        fresh.magic = record_magic;
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(&fresh), sizeof fresh);
        if (!out.flush()) throw std::runtime_error("cannot write crash marker " + file.string());
    }
    mapping_ = std::make_unique<Mapping>(
        Mapping{Poco::SharedMemory(Poco::File(file.string()), Poco::SharedMemory::AM_WRITE)});
}

CrashMarker::~CrashMarker() = default;

void CrashMarker::begin(const char* call) noexcept {
    Record* record = mapping_->record();
    record->started_ms = epoch_ms();
    std::strncpy(record->call, call, sizeof record->call - 1);
    record->call[sizeof record->call - 1] = '\0';
    std::atomic_signal_fence(std::memory_order_seq_cst);
    record->phase = in_flight;
    current_record = record;
}

void CrashMarker::end() noexcept {
    current_record = nullptr;
    mapping_->record()->phase = idle;
}

void CrashMarker::install_crash_handler() {
    static std::once_flag once;
    std::call_once(once, [] {
        for (std::size_t i = 0; i < std::size(fatal_signals); ++i) {
            struct sigaction action {};
            action.sa_handler = &on_fatal_signal;
            sigemptyset(&action.sa_mask);
            action.sa_flags = SA_ONSTACK;
            sigaction(fatal_signals[i], &action, &previous_actions[i]);
        }
    });
}

}  // namespace host::loader
