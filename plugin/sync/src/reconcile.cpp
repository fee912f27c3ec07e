#include "kisi/sync/reconcile.hpp"

#include "kisi/sync/executor.hpp"
#include "kisi/sync/host_directory.hpp"
#include "kisi/sync/work_items.hpp"

#include <cmath>
#include <map>
#include <set>

namespace kisi::sync {

std::size_t ReconcilePlan::count(StepKind kind) const {
    std::size_t n = 0;
    for (const Step& s : steps) n += s.kind == kind;
    return n;
}

std::string ReconcilePlan::summary() const {
    return std::to_string(count(StepKind::create)) + " to add, " +
           std::to_string(count(StepKind::update)) + " to change, " +
           std::to_string(count(StepKind::remove)) + " to remove; " +
           std::to_string(manual.size()) + " added by hand in Kisi (left untouched)";
}

// What Kisi holds in the groups the plugin manages, sorted into the plugin's and the rest.
struct Reconciler::Actual {
    std::map<std::int64_t, client::RoleAssignment> ours;     // by assignment id
    std::set<std::int64_t> ledger_missing;                   // ledger ids Kisi no longer has
    std::map<std::int64_t, client::RoleAssignment> adopted;  // from interrupted creates
    std::vector<client::RoleAssignment> others;
};

namespace {

using PersonKey = std::pair<int, std::int64_t>;

PersonKey key_of(const store::PersonRef& p) {
    return {static_cast<int>(p.kind), p.id};
}

std::int64_t removal_limit(const store::AccessOptions& options, std::int64_t managed) {
    const auto share = static_cast<std::int64_t>(
        std::ceil(double(managed) * options.removal_threshold_percent / 100.0));
    return std::max<std::int64_t>(share, options.removal_threshold_min);
}

}  // namespace

Outcome<ReconcilePlan> Reconciler::compute(client::KisiClient& kisi, Actual& actual) const {
    ReconcilePlan plan;
    plan.computed_at = host_.now_ms();
    const auto links = store_.place_links.all();
    const auto options = store_.options.get();
    const auto ledger = store_.ledger.all();

    // Everyone's desire, from the directory.
    HostDirectory directory(host_);
    std::map<std::int64_t, AdultFacts> adults;
    for (const auto& link : links) {
        auto entitled = directory.center_entitlements(link.center_id);
        if (!entitled.ok()) return Failure{FailureClass::transient, entitled.message()};
        for (auto& adult : entitled.value()) {
            auto [it, fresh] = adults.try_emplace(adult.id, adult);
            if (!fresh)
                for (auto& center : adult.centers) it->second.centers.push_back(center);
        }
    }
    std::map<PersonKey, std::pair<store::PersonRef, Desire>> desires;
    for (const auto& [id, adult] : adults) {
        store::PersonRef person{store::PersonKind::adult, id};
        desires[key_of(person)] = {person,
                                   desire_for_adult(adult, links, options, plan.computed_at)};
    }
    auto employees = directory.employees();
    if (!employees.ok()) return Failure{FailureClass::transient, employees.message()};
    for (const auto& e : employees.value()) {
        store::PersonRef person{store::PersonKind::employee, e.id};
        desires[key_of(person)] = {
            person, desire_for_employee(e, store_.staff_groups.get(e.id),
                                        store_.place_links.by_center(e.home_center_id))};
    }

    // What Kisi holds in every group the plugin manages or holds something in.
    std::set<std::int64_t> groups;
    for (const auto& link : links) {
        groups.insert(link.parent_group_id);
        if (link.staff_group_id) groups.insert(*link.staff_group_id);
    }
    for (const auto& s : store_.staff_groups.all())
        if (s.group_id) groups.insert(*s.group_id);
    for (const auto& e : ledger) groups.insert(e.group_id);
    std::map<std::int64_t, const store::LedgerEntry*> ledger_by_id;
    for (const auto& e : ledger) ledger_by_id[e.kisi_assignment_id] = &e;
    std::set<std::pair<std::int64_t, std::int64_t>> intents;
    for (const auto& i : store_.intents.all()) intents.insert({i.kisi_user_id, i.group_id});
    std::set<std::int64_t> seen;
    for (auto group : groups) {
        auto listed = kisi.list_group_role_assignments(group);
        ++plan.groups_read;
        if (!listed.ok()) {
            if (listed.error().kind == client::ErrorKind::not_found) {
                plan.problems.push_back("group " + std::to_string(group) +
                                        " no longer exists in Kisi");
                continue;
            }
            return classify(listed.error());
        }
        for (const auto& a : listed.value()) {
            if (a.assignee_type != "User") continue;
            seen.insert(a.id);
            if (ledger_by_id.count(a.id))
                actual.ours[a.id] = a;
            else if (intents.count({a.assignee_id, a.applies_to_id}))
                actual.adopted[a.id] = a;
            else
                actual.others.push_back(a);
        }
    }
    for (const auto& e : ledger)
        if (!seen.count(e.kisi_assignment_id)) actual.ledger_missing.insert(e.kisi_assignment_id);

    // What the plugin holds per person, as Kisi has it now.
    std::map<PersonKey, std::vector<store::LedgerEntry>> held;
    for (const auto& e : ledger) {
        auto it = actual.ours.find(e.kisi_assignment_id);
        if (it == actual.ours.end()) continue;
        store::LedgerEntry now_held = e;
        const Window w = to_window(it->second.validity);
        now_held.valid_from = w.from;
        now_held.valid_until = w.until;
        held[key_of(e.person)].push_back(now_held);
        if (!desires.count(key_of(e.person)))
            desires[key_of(e.person)] = {e.person, desire_for_unknown_person()};
    }
    for (const auto& [id, a] : actual.adopted) {
        for (const auto& i : store_.intents.all()) {
            if (i.kisi_user_id != a.assignee_id || i.group_id != a.applies_to_id) continue;
            const Window w = to_window(a.validity);
            held[key_of(i.person)].push_back(
                {a.id, a.assignee_id, a.applies_to_id, i.person, w.from, w.until, 0, 0});
        }
    }
    std::set<std::pair<std::int64_t, std::int64_t>> manual_pairs;
    for (const auto& a : actual.others) {
        plan.manual.push_back(
            {a.id, a.applies_to_id, a.assignee_id, a.assignee_email.value_or("")});
        manual_pairs.insert({a.assignee_id, a.applies_to_id});
    }

    for (const auto& [key, entry] : desires) {
        const auto& [person, desire] = entry;
        for (const auto& d : desire.denials)
            if (d.find("skipped") != std::string::npos) plan.problems.push_back(d);
        auto link = store_.user_links.get(person);
        std::optional<std::int64_t> user_id;
        if (link) user_id = link->kisi_user_id;
        for (Step& step : plan_person(person, desire, held[key], user_id)) {
            // An admin already gave this user the group by hand: nothing to add.
            if (step.kind == StepKind::create &&
                manual_pairs.count({step.kisi_user_id, step.group_id}))
                continue;
            plan.steps.push_back(std::move(step));
        }
    }
    order_steps(plan.steps);
    plan.managed = std::int64_t(actual.ours.size() + actual.adopted.size());
    plan.removal_limit = removal_limit(options, plan.managed);
    return plan;
}

Outcome<ReconcilePlan> Reconciler::preview(client::KisiClient& kisi) const {
    Actual actual;
    return compute(kisi, actual);
}

void Reconciler::repair_ledger(const Actual& actual) {
    const auto now_ms = host_.now_ms();
    store_.db().transaction([&](Poco::Data::Session&) {
        for (auto id : actual.ledger_missing) store_.ledger.remove(id);
        for (const auto& [id, a] : actual.ours) {
            const Window w = to_window(a.validity);
            auto entry = store_.ledger.get(id);
            if (entry && (entry->valid_from != w.from || entry->valid_until != w.until))
                store_.ledger.update_validity(id, w.from, w.until, now_ms);
        }
        for (const auto& i : store_.intents.all()) {
            for (const auto& [id, a] : actual.adopted) {
                if (a.assignee_id != i.kisi_user_id || a.applies_to_id != i.group_id) continue;
                const Window w = to_window(a.validity);
                store_.ledger.record({id, a.assignee_id, a.applies_to_id, i.person, w.from, w.until,
                                      now_ms, now_ms});
                store_.intents.clear(i.kisi_user_id, i.group_id);
            }
        }
    });
}

Outcome<ReconcileReport> Reconciler::run(client::KisiClient& kisi) {
    Actual actual;
    auto plan = compute(kisi, actual);
    if (!plan.ok()) return plan.failure();
    repair_ledger(actual);

    ReconcileReport report;
    report.plan = std::move(plan.value());
    const bool hold = report.plan.exceeds_removal_limit();
    std::set<PersonKey> removing;
    if (hold)
        for (const Step& s : report.plan.steps)
            if (s.kind == StepKind::remove) removing.insert(key_of(s.person));
    std::set<PersonKey> queued;
    HeldRemovals held{{}, report.plan.count(StepKind::remove), host_.now_ms()};
    const auto now_ms = host_.now_ms();
    store_.db().transaction([&](Poco::Data::Session&) {
        for (const Step& s : report.plan.steps) {
            if (!queued.insert(key_of(s.person)).second) continue;
            if (removing.count(key_of(s.person)))
                held.people.push_back(s.person);
            else
                store_.work_queue.enqueue(work::to_item(work::ConvergePerson{s.person}, now_ms),
                                          now_ms);
        }
    });
    report.applied = true;
    if (hold) report.held = held;

    store::AuditEntry entry;
    entry.at = now_ms;
    entry.actor = "sync";
    entry.action = "reconcile.run";
    entry.reason = "full reconcile";
    entry.result = hold ? store::AuditResult::refused : store::AuditResult::ok;
    entry.message =
        report.plan.summary() + (hold ? "; removals held for approval (limit " +
                                            std::to_string(report.plan.removal_limit) + ")"
                                      : "");
    store_.audit.append(entry);

    std::lock_guard lock(mutex_);
    held_ = report.held;
    last_ = report;
    return report;
}

std::optional<HeldRemovals> Reconciler::held() const {
    std::lock_guard lock(mutex_);
    return held_;
}

std::optional<HeldRemovals> Reconciler::take_held() {
    std::lock_guard lock(mutex_);
    auto held = std::move(held_);
    held_.reset();
    return held;
}

std::optional<ReconcileReport> Reconciler::last() const {
    std::lock_guard lock(mutex_);
    return last_;
}

}  // namespace kisi::sync
