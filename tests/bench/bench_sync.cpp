// bench_sync: the sync engine against the Kisi sandbox with its rate limit on and added
// latency. Prints Kisi requests per onboarded guardian (target <= 2.05), onboarding time
// relative to the rate-limit bound (target within 5%), 429s seen, reconcile requests for N
// grants (target about N/250 + one per group), and p50/p99 of event hand-off and of
// contract-change-to-Kisi latency. Not a pass/fail test: it reports.
//
//   bench_sync [--guardians N] [--rate R] [--latency-ms L] [--handoffs H] [--changes C]
#include "support/sync_world.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

namespace {

using namespace sync_test;
using Clock = std::chrono::steady_clock;

struct Args {
    int guardians = 2000;
    double rate = 5;
    int latency_ms = 40;
    int handoffs = 5000;
    int changes = 30;
};

Args parse(int argc, char** argv) {
    Args a;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        const char* value = argv[i + 1];
        if (flag == "--guardians")
            a.guardians = std::atoi(value);
        else if (flag == "--rate")
            a.rate = std::atof(value);
        else if (flag == "--latency-ms")
            a.latency_ms = std::atoi(value);
        else if (flag == "--handoffs")
            a.handoffs = std::atoi(value);
        else if (flag == "--changes")
            a.changes = std::atoi(value);
        else {
            std::fprintf(stderr, "unknown flag %s\n", flag.c_str());
            std::exit(2);
        }
    }
    return a;
}

double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(p * double(v.size() - 1) + 0.5))];
}

struct RequestCount {
    std::int64_t total = 0;
    std::int64_t rate_limited = 0;
};

// Kisi requests since the log was last cleared (sequence numbers survive the log's capacity).
RequestCount count_requests(SyncWorld& world, std::int64_t first_sequence) {
    RequestCount c;
    auto log = world.control.requests();
    for (std::size_t i = 0; i < log->size(); ++i) {
        auto r = log->getObject(static_cast<unsigned>(i));
        if (r->getValue<std::int64_t>("sequence") < first_sequence) continue;
        c.rate_limited += r->getValue<int>("status") == 429;
    }
    if (log->size() > 0)
        c.total = log->getObject(static_cast<unsigned>(log->size() - 1))
                      ->getValue<std::int64_t>("sequence") -
                  first_sequence + 1;
    return c;
}

std::int64_t next_sequence(SyncWorld& world) {
    auto log = world.control.requests();
    if (log->size() == 0) return 1;
    return log->getObject(static_cast<unsigned>(log->size() - 1))
               ->getValue<std::int64_t>("sequence") +
           1;
}

void enrol(SyncWorld& world, std::int64_t family, int center, std::vector<std::string>& events) {
    world.model.put(Child{family, family});
    events.push_back(world.model.put(Adult{family, family, "Guardian " + std::to_string(family),
                                           "guardian" + std::to_string(family) + "@example.org"}));
    events.push_back(world.model.put(Contract{family, family, center, "2026-03-01"}));
}

}  // namespace

int main(int argc, char** argv) {
    const Args args = parse(argc, argv);
    WorldOptions options;
    options.sandbox_rate_limit = args.rate;
    options.client_rate_limit = args.rate;
    options.worker.initial_backoff = std::chrono::milliseconds(1000);
    options.worker.max_backoff = std::chrono::milliseconds(10'000);
    SyncWorld world(options);
    world.control.inject("{\"latency\": {\"ms\": " + std::to_string(args.latency_ms) + "}}");
    std::printf("bench_sync: %d guardians, Kisi rate limit %.1f req/s, added latency %d ms\n",
                args.guardians, args.rate, args.latency_ms);

    // 1. Onboarding: every guardian new to Kisi.
    std::vector<std::string> events;
    for (int g = 1; g <= args.guardians; ++g) enrol(world, g, 1 + g % 3, events);
    std::this_thread::sleep_for(std::chrono::milliseconds(1'200));  // let the idle bucket refill
    const auto first = next_sequence(world);
    const auto started = Clock::now();
    for (const auto& e : events) world.deliver(e);
    if (!world.settle(std::chrono::hours(2))) std::printf("onboarding did not settle\n");
    const double onboarding_s = std::chrono::duration<double>(Clock::now() - started).count();
    const auto onboarding = count_requests(world, first);
    const double bound_s = args.rate > 0 ? double(onboarding.total) / args.rate : 0;
    std::printf("onboarding: %lld Kisi requests, %.4f per guardian (target <= 2.05)\n",
                static_cast<long long>(onboarding.total),
                double(onboarding.total) / args.guardians);
    std::printf("onboarding: %.1f s, rate-limit bound %.1f s, ratio %.3f (target <= 1.05)\n",
                onboarding_s, bound_s, bound_s > 0 ? onboarding_s / bound_s : 0.0);
    std::printf("onboarding: %lld responses were 429\n",
                static_cast<long long>(onboarding.rate_limited));

    // 2. Reconcile: verify every grant.
    const auto grants = world.store().ledger.count();
    const auto reconcile_first = next_sequence(world);
    const auto reconcile_started = Clock::now();
    auto plan = world.engine().preview();
    const double reconcile_s =
        std::chrono::duration<double>(Clock::now() - reconcile_started).count();
    const auto reconcile = count_requests(world, reconcile_first);
    std::printf(
        "reconcile: %lld grants verified with %lld requests over %lld groups "
        "(about %lld expected) in %.1f s; plan: %s\n",
        static_cast<long long>(grants), static_cast<long long>(reconcile.total),
        static_cast<long long>(plan.ok() ? plan.value().groups_read : 0),
        static_cast<long long>(grants / 250 + (plan.ok() ? plan.value().groups_read : 0)),
        reconcile_s, plan.ok() ? plan.value().summary().c_str() : plan.failure().message.c_str());

    // 3. Event hand-off (durable enqueue included): with the worker idle (no Kisi client),
    // then with the worker draining what the events ask for.
    for (const bool worker_busy : {false, true}) {
        if (!worker_busy) world.set_engine_client(nullptr);
        std::vector<double> handoff_us;
        for (int i = 0; i < args.handoffs; ++i) {
            auto adult = world.model.adult(1 + i % args.guardians);
            const auto event = world.model.put(adult);
            const auto t0 = Clock::now();
            world.deliver(event);
            handoff_us.push_back(
                std::chrono::duration<double, std::micro>(Clock::now() - t0).count());
        }
        std::printf(
            "event hand-off, worker %s: p50 %.1f us, p99 %.1f us over %d events "
            "(target p99 < 200 us)\n",
            worker_busy ? "busy" : "idle", percentile(handoff_us, 0.5),
            percentile(handoff_us, 0.99), args.handoffs);
        if (!worker_busy) world.set_engine_client(world.connect(world.api_key()));
    }
    world.settle(std::chrono::hours(1));

    // 4. Contract change to Kisi: a new family enrolled, until Kisi confirmed the grant.
    std::vector<double> change_ms;
    for (int i = 0; i < args.changes; ++i) {
        const std::int64_t family = args.guardians + 1 + i;
        std::vector<std::string> change;
        enrol(world, family, 1, change);
        const auto t0 = Clock::now();
        world.deliver(change.back());
        const kisi::store::PersonRef person{kisi::store::PersonKind::adult, family};
        while (world.store().ledger.for_person(person).empty() &&
               Clock::now() - t0 < std::chrono::seconds(60))
            std::this_thread::sleep_for(std::chrono::microseconds(500));
        change_ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
        world.settle(std::chrono::minutes(1));
    }
    std::printf(
        "contract change to Kisi: p50 %.0f ms, p99 %.0f ms over %d changes "
        "(target p95 < 5000 ms)\n",
        percentile(change_ms, 0.5), percentile(change_ms, 0.99), args.changes);
    return 0;
}
