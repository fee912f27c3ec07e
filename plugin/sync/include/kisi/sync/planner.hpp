#pragma once

#include "kisi/sync/desired_state.hpp"

#include <kisi/store/assignment_ledger_repo.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kisi::sync {

enum class StepKind { create, update, remove };

std::string_view to_string(StepKind kind);

// One change to make in Kisi, to one of the plugin's own role assignments.
struct Step {
    StepKind kind = StepKind::create;
    store::PersonRef person;
    std::int64_t group_id = 0;
    std::int64_t kisi_user_id = 0;  // 0: the person has no Kisi user yet (made when applied)
    Window window;                  // create, update: the window to hold
    std::optional<std::int64_t> assignment_id;  // update, remove
    std::string reason;
};

// The steps that take a person from what the plugin holds for them (its ledger) to what they
// should hold. New access comes first and removals last, so that a person moving between
// groups (a transfer, a new staff group, a new email) is never without access in between.
// Assignments of another Kisi user (after an email change) are replaced, not reused.
std::vector<Step> plan_person(const store::PersonRef& person, const Desire& desire,
                              const std::vector<store::LedgerEntry>& held,
                              std::optional<std::int64_t> kisi_user_id);

// Creates, then updates, then removals, each in the order given.
void order_steps(std::vector<Step>& steps);

// A line for people: "add group 12 for adult 4 (from ... until ...): reason".
std::string describe(const Step& step);

}  // namespace kisi::sync
