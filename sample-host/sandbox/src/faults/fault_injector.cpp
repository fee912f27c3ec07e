#include "faults/fault_injector.h"

#include "faults/fault_config.h"

namespace kisi::sandbox {
namespace {

void note(FaultInjector::Verdict& verdict, const char* fault) {
    if (!verdict.fault.empty()) verdict.fault += ",";
    verdict.fault += fault;
}

}  // namespace

FaultInjector::FaultInjector(MonotonicMs now) : now_(std::move(now)) {}

bool FaultInjector::roll(double share) {
    if (share >= 1.0) return true;
    if (share <= 0.0) return false;
    return std::uniform_real_distribution<double>(0.0, 1.0)(random_) < share;
}

bool FaultInjector::hits(FaultReach& reach) {
    if (reach.remaining) {
        if (*reach.remaining <= 0) return false;
        --*reach.remaining;
        return true;
    }
    return roll(reach.share);
}

FaultInjector::Verdict FaultInjector::decide(const std::string& method, const std::string& path) {
    std::lock_guard lock(mutex_);
    const Verdict verdict = choose(method, path);
    forget_spent_faults();
    return verdict;
}

FaultInjector::Verdict FaultInjector::choose(const std::string& method, const std::string& path) {
    Verdict verdict;
    if (plan_.latency && plan_.latency->match.covers(method, path) && roll(plan_.latency->share)) {
        verdict.latency_ms = plan_.latency->ms;
        note(verdict, "latency");
    }
    if (plan_.outage && plan_.outage->match.covers(method, path)) {
        note(verdict, "outage");
        if (plan_.outage->drop) {
            verdict.drop = true;
        } else {
            verdict.answer = ApiError::injected(plan_.outage->code);
        }
        return verdict;
    }
    if (plan_.drop && plan_.drop->match.covers(method, path) && hits(plan_.drop->reach)) {
        note(verdict, "drop");
        verdict.drop = true;
        return verdict;
    }
    if (plan_.rate_limit_storm && plan_.rate_limit_storm->match.covers(method, path)) {
        auto& storm = *plan_.rate_limit_storm;
        const bool active = storm.remaining ? *storm.remaining > 0 : now_() < *storm.until_ms;
        if (active) {
            if (storm.remaining) --*storm.remaining;
            note(verdict, "rate_limit_storm");
            ApiError error = ApiError::rate_limited(storm.retry_after_seconds);
            if (storm.retry_after_seconds == 0) error.retry_after_seconds.reset();
            verdict.answer = error;
            return verdict;
        }
    }
    if (plan_.status && plan_.status->match.covers(method, path) && hits(plan_.status->reach)) {
        note(verdict, "status");
        verdict.answer = ApiError::injected(plan_.status->code);
    }
    return verdict;
}

void FaultInjector::forget_spent_faults() {
    const auto spent = [](const FaultReach& reach) {
        return reach.remaining && *reach.remaining <= 0;
    };
    if (plan_.status && spent(plan_.status->reach)) plan_.status.reset();
    if (plan_.drop && spent(plan_.drop->reach)) plan_.drop.reset();
    if (plan_.rate_limit_storm) {
        const auto& storm = *plan_.rate_limit_storm;
        if (storm.remaining ? *storm.remaining <= 0 : now_() >= *storm.until_ms) {
            plan_.rate_limit_storm.reset();
        }
    }
}

Result<Done> FaultInjector::configure(const Poco::JSON::Object& json) {
    const auto parsed = parse_fault_update(json, now_());
    if (!parsed.ok()) return parsed.error();
    const FaultUpdate& update = parsed.value();
    std::lock_guard lock(mutex_);
    if (update.latency) plan_.latency = *update.latency;
    if (update.status) plan_.status = *update.status;
    if (update.drop) plan_.drop = *update.drop;
    if (update.rate_limit_storm) plan_.rate_limit_storm = *update.rate_limit_storm;
    if (update.outage) plan_.outage = *update.outage;
    if (update.random_seed) random_.seed(*update.random_seed);
    return Done{};
}

void FaultInjector::clear() {
    std::lock_guard lock(mutex_);
    plan_ = FaultPlan{};
}

Poco::JSON::Object::Ptr FaultInjector::describe() {
    std::lock_guard lock(mutex_);
    forget_spent_faults();
    return describe_fault_plan(plan_, now_());
}

}  // namespace kisi::sandbox
