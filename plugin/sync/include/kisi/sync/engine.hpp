#pragma once

#include "kisi/sync/client_source.hpp"
#include "kisi/sync/event_intake.hpp"
#include "kisi/sync/executor.hpp"
#include "kisi/sync/explanation.hpp"
#include "kisi/sync/identity.hpp"
#include "kisi/sync/person_sync.hpp"
#include "kisi/sync/quarantine.hpp"
#include "kisi/sync/reconcile.hpp"
#include "kisi/sync/worker.hpp"

#include <kisi/client/kisi_client.h>
#include <kisi/store/store.hpp>
#include <sdk/host.hpp>
#include <sdk/json.hpp>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kisi::sync {

struct EngineOptions {
    WorkerOptions worker;
};

// What the settings page's Status section shows.
struct SyncStatus {
    bool connected = false;
    std::optional<Quarantine::State> quarantine;
    std::int64_t outstanding = 0;  // work still to do (the host's settle waits for 0)
    std::int64_t failed = 0;  // people whose latest change Kisi refused
    std::int64_t people_linked = 0;
    std::int64_t managed_assignments = 0;
    std::vector<store::WorkItem> recent_failures;  // newest first, at most 20
    std::optional<ReconcileReport> last_reconcile;
    std::optional<HeldRemovals> held;

    sdk::json::Object to_json() const;
};

// The Kisi plugin's access sync engine, as the plugin class uses it:
//   activate:      Engine(store, host, client source); configure(settings); start()
//   handle_event:  accept_event(event)  (HP_OK once it returns: the event is durable)
//   a new key saved: nothing to do; the source hands out a new client, which lifts a quarantine
//   employee tab saved, place link saved: request_sync(person) / request_reconcile()
//   settings actions: see sync_actions.hpp;  health: health()
//   deactivate:    stop()
// Every method may be called from the host's strand while the worker runs.
class Engine {
  public:
    Engine(store::Store& store, sdk::Host host, ClientSource client, EngineOptions options = {});
    ~Engine();
    Engine(const Engine&) = delete;
    Engine& operator=(const Engine&) = delete;

    // Manifest settings: reconcile_interval_minutes.
    void configure(const sdk::json::Object& settings);
    void start();
    void stop();

    EventIntake::Accepted accept_event(const sdk::json::Object& event);
    EventIntake::Accepted accept_event(std::string_view event_json);
    void request_sync(const store::PersonRef& person);
    void request_reconcile();

    // {"status": "ok"|"degraded"|"quarantined", "message": ..., "pending_work": N}
    sdk::json::Object health() const;
    SyncStatus status() const;

    // Reads Kisi and the directory; changes nothing.
    Outcome<ReconcilePlan> preview();
    std::optional<HeldRemovals> held_removals() const { return reconciler_.held(); }
    // Releases the held removals (they are carried out) or drops them; false when none held.
    bool approve_removals(const std::string& actor);
    bool reject_removals(const std::string& actor);

    Explanation explain(const store::PersonRef& person) const;
    std::string access_state(const store::PersonRef& person) const;

  private:
    void enqueue(const work::Work& work);

    store::Store& store_;
    sdk::Host host_;
    ClientSource client_;
    Quarantine quarantine_;
    IdentityResolver identities_;
    Executor executor_;
    PersonSync people_;
    Reconciler reconciler_;
    EventIntake intake_;
    Worker worker_;
};

}  // namespace kisi::sync
