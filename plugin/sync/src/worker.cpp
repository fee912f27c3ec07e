#include "kisi/sync/worker.hpp"

#include <algorithm>

namespace kisi::sync {

namespace {

template <class... F>
struct overloaded : F... {
    using F::operator()...;
};
template <class... F>
overloaded(F...) -> overloaded<F...>;

constexpr std::chrono::milliseconds idle_poll{1'000};
// Under constant load the worker still checkpoints this often (items processed).
constexpr int checkpoint_every = 256;
constexpr std::chrono::hours tidy_every{1};
// Done items stay this long (the employee tab shows the last result); the host stops
// redelivering an event long before its id is forgotten.
constexpr std::int64_t keep_done_ms = 7LL * 24 * 3600 * 1000;
constexpr std::int64_t keep_event_ids_ms = 30LL * 24 * 3600 * 1000;

}  // namespace

Worker::Worker(store::Store& store, sdk::Host host, ClientSource client, Quarantine& quarantine,
               PersonSync& people, IdentityResolver& identities, Reconciler& reconciler,
               WorkerOptions options)
    : store_(store),
      host_(host),
      directory_(host),
      client_(std::move(client)),
      quarantine_(quarantine),
      people_(people),
      identities_(identities),
      reconciler_(reconciler),
      options_(options),
      reconcile_interval_ms_(
          std::chrono::duration_cast<std::chrono::milliseconds>(options.reconcile_interval)
              .count()) {}

Worker::~Worker() {
    stop();
}

void Worker::start() {
    if (thread_.joinable()) return;
    // Commits never checkpoint by themselves; the worker does (see checkpoint()).
    store_.db().run([](Poco::Data::Session& s) {
        s << "PRAGMA wal_autocheckpoint=0", Poco::Data::Keywords::now;
    });
    const auto now_ms = host_.now_ms();
    if (auto n = store_.work_queue.requeue_in_progress(now_ms))
        host_.info("Kisi sync resumes " + std::to_string(n) + " interrupted work item(s)");
    schedule_reconcile(now_ms);
    {
        std::lock_guard lock(mutex_);
        stopping_ = false;
    }
    thread_ = std::thread([this] { run(); });
}

void Worker::stop() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    signal_.notify_all();
    if (thread_.joinable()) thread_.join();
}

void Worker::wake() {
    {
        std::lock_guard lock(mutex_);
        woken_ = true;
    }
    signal_.notify_all();
}

void Worker::set_reconcile_interval(std::chrono::minutes interval) {
    reconcile_interval_ms_ =
        std::chrono::duration_cast<std::chrono::milliseconds>(interval).count();
    schedule_reconcile(host_.now_ms());
}

void Worker::schedule_reconcile(std::int64_t from_ms) {
    store_.work_queue.enqueue(
        work::to_item(work::PeriodicReconcile{}, from_ms + reconcile_interval_ms_.load()), from_ms);
}

std::int64_t Worker::queue_now() {
    const auto host_ms = host_.now_ms();
    const auto steady = std::chrono::steady_clock::now();
    if (host_ms != last_host_ms_) {
        last_host_ms_ = host_ms;
        host_ms_seen_at_ = steady;
        return host_ms;
    }
    return host_ms +
           std::chrono::duration_cast<std::chrono::milliseconds>(steady - host_ms_seen_at_).count();
}

void Worker::tidy() {
    const auto steady = std::chrono::steady_clock::now();
    if (tidied_at_ != std::chrono::steady_clock::time_point{} && steady - tidied_at_ < tidy_every)
        return;
    tidied_at_ = steady;
    const auto now_ms = host_.now_ms();
    try {
        store_.work_queue.purge_done(now_ms - keep_done_ms);
        store_.processed_events.forget_before(now_ms - keep_event_ids_ms);
    } catch (const std::exception& e) {
        host_.warning(std::string("Kisi sync could not tidy its database: ") + e.what());
    }
}

void Worker::checkpoint() {
    since_checkpoint_ = 0;
    try {
        store_.db().run([](Poco::Data::Session& s) {
            s << "PRAGMA wal_checkpoint(PASSIVE)", Poco::Data::Keywords::now;
        });
    } catch (const std::exception& e) {
        host_.warning(std::string("Kisi sync could not checkpoint its database: ") + e.what());
    }
}

void Worker::idle(std::chrono::milliseconds limit) {
    std::unique_lock lock(mutex_);
    signal_.wait_for(lock, limit, [this] { return woken_ || stopping_; });
    woken_ = false;
}

std::chrono::milliseconds Worker::backoff() {
    const int doublings = std::min(transient_streak_ - 1, 20);
    const std::chrono::milliseconds delay = std::min<std::chrono::milliseconds>(
        options_.initial_backoff * (1LL << std::max(doublings, 0)), options_.max_backoff);
    std::uniform_int_distribution<std::int64_t> spread(0, delay.count() / 5);
    return delay + std::chrono::milliseconds(spread(jitter_));
}

void Worker::run() {
    for (;;) {
        {
            std::lock_guard lock(mutex_);
            if (stopping_) return;
        }
        auto kisi = client_();
        if (kisi && kisi.get() != last_client_) quarantine_.clear();  // a new key was saved
        last_client_ = kisi.get();
        if (!kisi || quarantine_.active()) {
            checkpoint();
            idle(idle_poll);
            continue;
        }
        const auto steady_now = std::chrono::steady_clock::now();
        if (steady_now < paused_until_) {
            idle(std::min(
                std::chrono::duration_cast<std::chrono::milliseconds>(paused_until_ - steady_now),
                idle_poll));
            continue;
        }
        std::optional<store::WorkItem> item;
        try {
            item = store_.work_queue.claim_next(queue_now());
        } catch (const std::exception& e) {
            host_.error(std::string("Kisi sync cannot read its work queue: ") + e.what());
            idle(idle_poll);
            continue;
        }
        if (!item) {
            identities_.forget();  // the bulk copy of Kisi's users is only good while busy
            tidy();
            if (since_checkpoint_ > 0) checkpoint();
            auto due = store_.work_queue.next_due_at();
            auto wait = idle_poll;
            if (due)
                wait = std::clamp(std::chrono::milliseconds(*due - queue_now()),
                                  std::chrono::milliseconds(1), idle_poll);
            idle(wait);
            continue;
        }
        Done outcome;
        try {
            outcome = process(*item, *kisi);
        } catch (const std::exception& e) {
            outcome = Failure{FailureClass::transient, std::string("internal error: ") + e.what()};
        }
        record(*item, outcome);
        if (++since_checkpoint_ >= checkpoint_every) checkpoint();
    }
}

Done Worker::converge(const store::PersonRef& person, client::KisiClient& kisi) {
    const bool bulk = store_.work_queue.count(store::WorkState::pending) >= options_.bulk_threshold;
    auto result = people_.converge(kisi, person, bulk);
    if (!result.done && result.recheck_at)
        store_.work_queue.enqueue(work::to_item(work::Recheck{person}, *result.recheck_at),
                                  host_.now_ms());
    return result.done;
}

Done Worker::process(const store::WorkItem& item, client::KisiClient& kisi) {
    auto parsed = work::from_item(item);
    if (!parsed)
        return Failure{FailureClass::rejected,
                       "work item of kind '" + item.kind + "' is not understood by this version"};
    return std::visit(
        overloaded{
            [&](const work::ConvergePerson& w) { return converge(w.person, kisi); },
            [&](const work::Recheck& w) { return converge(w.person, kisi); },
            [&](const work::ConvergeContract& w) -> Done {
                auto adults = directory_.adults_by_contract(w.contract_id);
                if (!adults.ok()) return Failure{FailureClass::transient, adults.message()};
                const auto now_ms = host_.now_ms();
                store_.db().transaction([&](Poco::Data::Session&) {
                    for (const auto& adult : adults.value())
                        store_.work_queue.enqueue(
                            work::to_item(
                                work::ConvergePerson{{store::PersonKind::adult, adult.id}}, now_ms),
                            now_ms);
                });
                return std::nullopt;
            },
            [&](const work::Reconcile&) -> Done {
                auto report = reconciler_.run(kisi);
                if (!report.ok()) return report.failure();
                return std::nullopt;
            },
            [&](const work::PeriodicReconcile&) -> Done {
                auto report = reconciler_.run(kisi);
                schedule_reconcile(host_.now_ms());
                if (!report.ok()) return report.failure();
                return std::nullopt;
            },
        },
        *parsed);
}

void Worker::record(const store::WorkItem& item, const Done& outcome) {
    const auto now_ms = host_.now_ms();
    if (!outcome) {
        store_.work_queue.complete(item.id, now_ms);
        quarantine_.record_success();
        transient_streak_ = 0;
        return;
    }
    switch (outcome->kind) {
        case FailureClass::rejected:
            store_.work_queue.fail(item.id, outcome->message, now_ms);
            quarantine_.record_success();  // Kisi accepted the key; it refused the data
            transient_streak_ = 0;
            return;
        case FailureClass::unauthorized:
            if (quarantine_.record_refusal(outcome->message, now_ms)) {
                const std::string alert =
                    "Kisi refused the plugin's API key repeatedly (" + outcome->message +
                    "). Door access sync is paused until a working key of an organization "
                    "administrator is saved in Settings > Integrations > Kisi.";
                host_.alert(HP_LOG_ERROR, alert);
                store::AuditEntry entry;
                entry.at = now_ms;
                entry.actor = "sync";
                entry.action = "sync.quarantine";
                entry.result = store::AuditResult::failed;
                entry.message = outcome->message;
                store_.audit.append(entry);
            }
            [[fallthrough]];
        case FailureClass::transient:
            ++transient_streak_;
            const auto delay = backoff();
            store_.work_queue.retry_later(item.id, now_ms + delay.count(), outcome->message,
                                          now_ms);
            paused_until_ = std::chrono::steady_clock::now() + delay;
            host_.warning("Kisi sync pauses " + std::to_string(delay.count()) +
                          " ms after: " + outcome->message);
            return;
    }
}

}  // namespace kisi::sync
