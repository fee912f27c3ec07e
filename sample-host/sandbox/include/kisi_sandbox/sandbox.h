// The Kisi sandbox: an in-memory emulator of the Kisi REST API on a loopback HTTP server.
//
// Tests and the sample host start one in-process; `kisi-sandbox` runs one standalone.
// See sample-host/sandbox/README.md for the routes, the control endpoints and the fault JSON.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

namespace kisi::sandbox {

enum class Seed {
    empty,  // the organization and its admin user only
    demo,   // "Little Acorns Childcare": three centers with doors, parent and staff groups
};

struct Options {
    std::string host = "127.0.0.1";
    std::uint16_t port = 0;  // 0: any free port, see Sandbox::port()
    // The organization admin's API key (`Authorization: KISI-LOGIN <key>`); empty: a random one.
    std::string api_key;
    Seed seed = Seed::demo;
    // Requests per second per Kisi user (Kisi's published limit is 5); 0 turns the limit off.
    double rate_limit = 5;
    // Optional clock source in milliseconds since the Unix epoch. When set (the sample host's
    // simulated clock), assignment validity and timestamps follow it and PUT /_sandbox/clock
    // answers 409. When empty, the sandbox uses real time, settable through /_sandbox/clock.
    std::function<std::int64_t()> now_ms;
};

// The outcome of Sandbox::start(): ok, or a message an operator can act on.
struct StartResult {
    bool ok = false;
    std::string message;
    explicit operator bool() const { return ok; }
};

class Sandbox {
  public:
    explicit Sandbox(Options options);
    ~Sandbox();  // stops the server
    Sandbox(const Sandbox&) = delete;
    Sandbox& operator=(const Sandbox&) = delete;

    // Binds host:port and starts serving. Fails (without throwing) when the address is taken,
    // the host is not an address, or the sandbox is already running.
    StartResult start();
    // Stops serving and closes open connections; the in-memory state is kept. Idempotent.
    void stop();

    bool running() const;
    std::uint16_t port() const;    // the bound port once started
    std::string base_url() const;  // "http://127.0.0.1:<port>"
    std::string api_key() const;   // the organization admin's key (generated if not given)
    std::string organization_name() const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace kisi::sandbox
