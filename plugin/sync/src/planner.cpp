#include "kisi/sync/planner.hpp"

#include <algorithm>
#include <set>

namespace kisi::sync {

std::string_view to_string(StepKind kind) {
    switch (kind) {
        case StepKind::create:
            return "create";
        case StepKind::update:
            return "update";
        case StepKind::remove:
            return "remove";
    }
    return "unknown";
}

namespace {

std::string removal_reason(const Desire& desire, std::int64_t group_id, bool other_user) {
    if (other_user) return "replaced: the person's email now belongs to another Kisi user";
    std::string reason;
    for (const auto& d : desire.denials) reason += (reason.empty() ? "" : "; ") + d;
    if (reason.empty()) reason = "group " + std::to_string(group_id) + " is no longer theirs";
    return "not entitled: " + reason;
}

}  // namespace

std::vector<Step> plan_person(const store::PersonRef& person, const Desire& desire,
                              const std::vector<store::LedgerEntry>& held,
                              std::optional<std::int64_t> kisi_user_id) {
    std::vector<Step> steps;
    std::set<std::int64_t> kept;  // assignment ids that stay
    for (const DesiredGrant& grant : desire.grants) {
        const store::LedgerEntry* current = nullptr;
        for (const auto& entry : held)
            if (entry.group_id == grant.group_id && kisi_user_id &&
                entry.kisi_user_id == *kisi_user_id && !current)
                current = &entry;
        if (!current) {
            steps.push_back({StepKind::create, person, grant.group_id, kisi_user_id.value_or(0),
                             grant.window, std::nullopt, grant.reason});
            continue;
        }
        kept.insert(current->kisi_assignment_id);
        const Window held_window{current->valid_from, current->valid_until};
        if (held_window != grant.window)
            steps.push_back({StepKind::update, person, grant.group_id, current->kisi_user_id,
                             grant.window, current->kisi_assignment_id, grant.reason});
    }
    for (const auto& entry : held) {
        if (kept.count(entry.kisi_assignment_id)) continue;
        const bool other_user = desire.grant_for(entry.group_id) != nullptr;
        steps.push_back({StepKind::remove,
                         person,
                         entry.group_id,
                         entry.kisi_user_id,
                         {entry.valid_from, entry.valid_until},
                         entry.kisi_assignment_id,
                         removal_reason(desire, entry.group_id, other_user)});
    }
    order_steps(steps);
    return steps;
}

void order_steps(std::vector<Step>& steps) {
    std::stable_sort(steps.begin(), steps.end(), [](const Step& a, const Step& b) {
        return static_cast<int>(a.kind) < static_cast<int>(b.kind);
    });
}

std::string describe(const Step& step) {
    std::string who =
        std::string(store::to_string(step.person.kind)) + " " + std::to_string(step.person.id);
    std::string window = " (from " + describe_bound(step.window.from) + " until " +
                         describe_bound(step.window.until) + ")";
    std::string group = "group " + std::to_string(step.group_id);
    switch (step.kind) {
        case StepKind::create:
            return "add " + who + " to " + group + window + ": " + step.reason;
        case StepKind::update:
            return "change " + who + " in " + group + window + ": " + step.reason;
        case StepKind::remove:
            return "remove " + who + " from " + group + ": " + step.reason;
    }
    return {};
}

}  // namespace kisi::sync
