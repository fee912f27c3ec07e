// A complete world for sync tests and the bench: the Kisi sandbox (demo seed: three places,
// each with a parent and a staff group), a host (TestHost over a HostModel whose centers 1-3
// are linked to those places), the plugin's store and the sync engine, connected.
#pragma once

#include "host_model.hpp"
#include "sandbox_control.hpp"
#include "test_host.hpp"

#include <kisi/client/kisi_client.h>
#include <kisi_sandbox/sandbox.h>
#include <kisi/store/store.hpp>
#include <kisi/sync/engine.hpp>

#include <chrono>
#include <filesystem>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <vector>

namespace sync_test {

struct WorldOptions {
    double sandbox_rate_limit = 0;  // requests/s per Kisi user; 0 = off
    double client_rate_limit = 0;   // the plugin's own limiter; 0 = off
    std::string start = "2026-03-10T12:00:00Z";
    kisi::sync::WorkerOptions worker = fast_worker();
    // The host's directory; empty: the world's HostModel.
    DirectoryFn directory;

    static kisi::sync::WorkerOptions fast_worker() {
        kisi::sync::WorkerOptions w;
        w.initial_backoff = std::chrono::milliseconds(50);
        w.max_backoff = std::chrono::milliseconds(400);
        return w;
    }
};

struct LinkedCenter {
    std::int64_t center_id = 0;
    std::int64_t place_id = 0;
    std::int64_t parent_group = 0;
    std::int64_t staff_group = 0;
};

class SyncWorld {
  public:
    explicit SyncWorld(WorldOptions options = {});
    ~SyncWorld();

    // The engine as the plugin runs it (stopped and rebuilt by restart()).
    kisi::sync::Engine& engine() { return *engine_; }
    kisi::store::Store& store() { return *store_; }
    kisi::client::KisiClient& admin() { return *admin_; }
    std::uint16_t sandbox_port() const { return sandbox_.port(); }
    const std::string& api_key() const { return api_key_; }
    const std::filesystem::path& data_dir() const { return dir_; }

    // Hands the event to the engine as the host's delivery would; true when newly queued.
    bool deliver(const std::string& event_json);
    // Waits until the engine reports no pending work (the host's settle).
    bool settle(std::chrono::milliseconds timeout = std::chrono::seconds(30));
    // A client of the sandbox with this key.
    std::shared_ptr<kisi::client::KisiClient> connect(const std::string& api_key) const;
    // What the plugin's connection hands the engine (null: not connected); a new client is
    // what saving a key gives.
    void set_engine_client(std::shared_ptr<kisi::client::KisiClient> kisi);
    void restart();
    void stop();

    // Every group_basic assignment in the managed groups: "email|group|from|until".
    std::set<std::string> kisi_state();
    static std::string grant(const std::string& email, std::int64_t group, const std::string& from,
                             const std::string& until = "open");
    std::size_t kisi_user_count();
    std::vector<std::string> host_alerts() const { return host_->alerts(); }

    TestClock clock;
    HostModel model;
    std::vector<LinkedCenter> centers;  // centers 1, 2, 3
    SandboxControl control{0};

  private:
    WorldOptions options_;
    std::filesystem::path dir_;
    kisi::sandbox::Sandbox sandbox_;
    std::string api_key_;
    std::unique_ptr<TestHost> host_;
    std::shared_ptr<kisi::client::KisiClient> admin_;
    std::unique_ptr<kisi::store::Store> store_;
    std::unique_ptr<kisi::sync::Engine> engine_;
    mutable std::mutex engine_client_mutex_;
    std::shared_ptr<kisi::client::KisiClient> engine_client_;
};

}  // namespace sync_test
