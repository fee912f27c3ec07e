#pragma once

#include "kisi/sync/client_source.hpp"
#include "kisi/sync/failure.hpp"
#include "kisi/sync/host_directory.hpp"
#include "kisi/sync/identity.hpp"
#include "kisi/sync/person_sync.hpp"
#include "kisi/sync/quarantine.hpp"
#include "kisi/sync/reconcile.hpp"
#include "kisi/sync/work_items.hpp"

#include <kisi/store/store.hpp>
#include <sdk/host.hpp>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <random>
#include <thread>

namespace kisi::sync {

struct WorkerOptions {
    // Pause after a transient failure (Kisi down, 429 after the client's own retries): doubles
    // per consecutive failure up to max_backoff, with up to 20% jitter.
    std::chrono::milliseconds initial_backoff{2'000};
    std::chrono::milliseconds max_backoff{300'000};
    // With at least this many people queued, Kisi's users are read in bulk (100 a page)
    // instead of one look-up per person.
    std::int64_t bulk_threshold = 20;
    std::chrono::minutes reconcile_interval{60};
};

// The one background thread that drains the durable work queue: claims the oldest due item,
// carries it out, and records the outcome (done; again later after a transient failure, with
// the whole queue pausing so that an outage is not hammered; failed with Kisi's message for a
// refusal). Repeated 401/403 put the engine in quarantine, where it sends nothing until an
// admin saves a new key (the client source then hands out another client).
class Worker {
  public:
    Worker(store::Store& store, sdk::Host host, ClientSource client, Quarantine& quarantine,
           PersonSync& people, IdentityResolver& identities, Reconciler& reconciler,
           WorkerOptions options);
    ~Worker();
    Worker(const Worker&) = delete;
    Worker& operator=(const Worker&) = delete;

    // Requeues what a previous run left in progress, schedules the periodic reconcile, starts.
    void start();
    void stop();
    // New work was queued, a key was saved, or the clock moved: look again now.
    void wake();
    void set_reconcile_interval(std::chrono::minutes interval);

  private:
    void run();
    Done process(const store::WorkItem& item, client::KisiClient& kisi);
    Done converge(const store::PersonRef& person, client::KisiClient& kisi);
    void record(const store::WorkItem& item, const Done& outcome);
    void schedule_reconcile(std::int64_t from_ms);
    std::chrono::milliseconds backoff();
    // The time the queue is read at: the host's clock, and real time while that clock stands
    // still (a host or test that freezes it must not stall retries forever).
    std::int64_t queue_now();
    // Sleeps up to `limit` or until woken or stopped.
    void idle(std::chrono::milliseconds limit);
    // Copies the write-ahead log into the database file (the worker's job, not the host's
    // strand's: a checkpoint syncs to disk and would stall an event hand-off).
    void checkpoint();
    // Forgets finished work and old event ids, at most once an hour, when idle.
    void tidy();

    store::Store& store_;
    sdk::Host host_;
    HostDirectory directory_;
    ClientSource client_;
    Quarantine& quarantine_;
    PersonSync& people_;
    IdentityResolver& identities_;
    Reconciler& reconciler_;
    WorkerOptions options_;
    std::atomic<std::int64_t> reconcile_interval_ms_;

    std::mutex mutex_;
    std::condition_variable signal_;
    bool woken_ = false;
    bool stopping_ = false;
    std::thread thread_;

    // Worker thread only.
    const client::KisiClient* last_client_ = nullptr;  // to notice a newly saved key
    int transient_streak_ = 0;
    int since_checkpoint_ = 0;
    std::chrono::steady_clock::time_point tidied_at_{};
    std::int64_t last_host_ms_ = 0;
    std::chrono::steady_clock::time_point host_ms_seen_at_{};
    std::chrono::steady_clock::time_point paused_until_{};
    std::mt19937 jitter_{std::random_device{}()};
};

}  // namespace kisi::sync
