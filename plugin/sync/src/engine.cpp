#include "kisi/sync/engine.hpp"

#include "kisi/sync/work_items.hpp"

namespace kisi::sync {

namespace json = sdk::json;

namespace {

constexpr std::size_t failures_scanned = 5000;
constexpr std::size_t failures_shown = 20;

}  // namespace

Engine::Engine(store::Store& store, sdk::Host host, ClientSource client, EngineOptions options)
    : store_(store),
      host_(host),
      client_(std::move(client)),
      identities_(store),
      executor_(store),
      people_(store, host, identities_, executor_),
      reconciler_(store, host),
      intake_(store, host),
      worker_(store, host, client_, quarantine_, people_, identities_, reconciler_,
              options.worker) {}

Engine::~Engine() {
    stop();
}

void Engine::configure(const json::Object& settings) {
    if (auto minutes = json::get_int(settings, "reconcile_interval_minutes");
        minutes && *minutes > 0)
        worker_.set_reconcile_interval(std::chrono::minutes(*minutes));
}

void Engine::start() {
    worker_.start();
}

void Engine::stop() {
    worker_.stop();
}

EventIntake::Accepted Engine::accept_event(const json::Object& event) {
    auto accepted = intake_.accept(event);
    if (accepted == EventIntake::Accepted::queued) worker_.wake();
    return accepted;
}

EventIntake::Accepted Engine::accept_event(std::string_view event_json) {
    auto accepted = intake_.accept(event_json);
    if (accepted == EventIntake::Accepted::queued) worker_.wake();
    return accepted;
}

void Engine::enqueue(const work::Work& work) {
    const auto now_ms = host_.now_ms();
    store_.work_queue.enqueue(work::to_item(work, now_ms), now_ms);
    worker_.wake();
}

void Engine::request_sync(const store::PersonRef& person) {
    enqueue(work::ConvergePerson{person});
}

void Engine::request_reconcile() {
    enqueue(work::Reconcile{});
}

SyncStatus Engine::status() const {
    SyncStatus s;
    s.connected = client_() != nullptr;
    s.quarantine = quarantine_.state();
    s.outstanding = store_.work_queue.count_outstanding(host_.now_ms(), work::scheduled_kind);
    s.people_linked = static_cast<std::int64_t>(store_.user_links.all().size());
    s.managed_assignments = store_.ledger.count();
    // A failure counts while it is the person's latest word: a later success (after an event
    // or a reconcile) settles it.
    auto failed = store_.work_queue.in_state(store::WorkState::failed, failures_scanned);
    for (auto it = failed.rbegin(); it != failed.rend(); ++it) {
        if (it->dedupe_key) {
            auto latest = store_.work_queue.latest_for_key(*it->dedupe_key);
            if (latest && latest->id != it->id) continue;
        }
        ++s.failed;
        if (s.recent_failures.size() < failures_shown) s.recent_failures.push_back(*it);
    }
    s.last_reconcile = reconciler_.last();
    s.held = reconciler_.held();
    return s;
}

json::Object Engine::health() const {
    const auto s = status();
    auto h = json::object();
    h->set("pending_work", s.outstanding);
    if (s.quarantine) {
        h->set("status", "quarantined");
        h->set("message", "Kisi refused the API key (" + s.quarantine->reason +
                              "); sync is paused until a working key is saved");
    } else if (!s.connected) {
        h->set("status", "degraded");
        h->set("message",
               "not connected to Kisi: save an API key in Settings > Integrations > Kisi");
    } else if (s.failed > 0) {
        h->set("status", "degraded");
        h->set("message",
               std::to_string(s.failed) + " change(s) failed; see the Kisi settings page");
    } else {
        h->set("status", "ok");
        h->set("message",
               s.outstanding == 0 ? "in sync" : std::to_string(s.outstanding) + " pending");
    }
    return h;
}

Outcome<ReconcilePlan> Engine::preview() {
    auto kisi = client_();
    if (!kisi)
        return Failure{FailureClass::rejected, "not connected to Kisi: save an API key first"};
    return reconciler_.preview(*kisi);
}

bool Engine::approve_removals(const std::string& actor) {
    auto held = reconciler_.take_held();
    if (!held) return false;
    const auto now_ms = host_.now_ms();
    store_.db().transaction([&](Poco::Data::Session&) {
        for (const auto& person : held->people)
            store_.work_queue.enqueue(work::to_item(work::ConvergePerson{person}, now_ms), now_ms);
        store::AuditEntry entry;
        entry.at = now_ms;
        entry.actor = actor;
        entry.action = "reconcile.approve_removals";
        entry.message = std::to_string(held->removals) + " removal(s) for " +
                        std::to_string(held->people.size()) + " people approved";
        store_.audit.append(entry);
    });
    worker_.wake();
    return true;
}

bool Engine::reject_removals(const std::string& actor) {
    auto held = reconciler_.take_held();
    if (!held) return false;
    store::AuditEntry entry;
    entry.at = host_.now_ms();
    entry.actor = actor;
    entry.action = "reconcile.reject_removals";
    entry.result = store::AuditResult::refused;
    entry.message = std::to_string(held->removals) + " removal(s) for " +
                    std::to_string(held->people.size()) + " people rejected";
    store_.audit.append(entry);
    return true;
}

Explanation Engine::explain(const store::PersonRef& person) const {
    return sync::explain(store_, host_, people_, person);
}

std::string Engine::access_state(const store::PersonRef& person) const {
    return sync::access_state(store_, person, host_.now_ms());
}

json::Object SyncStatus::to_json() const {
    auto o = json::object();
    o->set("connected", connected);
    if (quarantine) {
        auto q = json::object();
        q->set("reason", quarantine->reason);
        q->set("since", describe_bound(quarantine->since_ms));
        o->set("quarantine", q);
    }
    o->set("outstanding", outstanding);
    o->set("failed", failed);
    o->set("people_linked", people_linked);
    o->set("managed_assignments", managed_assignments);
    auto failures = json::array();
    for (const auto& item : recent_failures) {
        auto f = json::object();
        f->set("key", item.dedupe_key.value_or(item.kind));
        f->set("error", item.last_error.value_or(""));
        f->set("at", describe_bound(item.updated_at));
        failures->add(f);
    }
    o->set("recent_failures", failures);
    if (last_reconcile) {
        auto r = json::object();
        r->set("at", describe_bound(last_reconcile->plan.computed_at));
        r->set("summary", last_reconcile->plan.summary());
        o->set("last_reconcile", r);
    }
    if (held) {
        auto h = json::object();
        h->set("removals", static_cast<std::int64_t>(held->removals));
        h->set("people", static_cast<std::int64_t>(held->people.size()));
        o->set("held_removals", h);
    }
    return o;
}

}  // namespace kisi::sync
