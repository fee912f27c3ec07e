#pragma once

#include <kisi/store/person.hpp>
#include <kisi/store/work_kinds.hpp>
#include <kisi/store/work_queue_repo.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <variant>

// The kinds of work the engine queues durably, and their payloads.
namespace kisi::sync::work {

// Converge one person now.
struct ConvergePerson {
    store::PersonRef person;
};
// Converge every adult of the family holding this contract.
struct ConvergeContract {
    std::int64_t contract_id = 0;
};
// A full reconcile asked for by an admin or by a configuration change.
struct Reconcile {};
// Planned for a later time: a person whose window ends then, or the periodic reconcile.
struct Recheck {
    store::PersonRef person;
};
struct PeriodicReconcile {};

using Work = std::variant<ConvergePerson, ConvergeContract, Reconcile, Recheck, PeriodicReconcile>;

// Items of this kind wait for their time; until then they are not work the engine owes.
inline constexpr const char* scheduled_kind = "scheduled";

store::NewWorkItem to_item(const Work& work, std::int64_t not_before);
// nullopt for an item this version does not understand.
std::optional<Work> from_item(const store::WorkItem& item);

// The key under which work for a person is queued ("person:adult:7"); the settings page and
// the employee tab queue the same kinds (kisi/store/work_kinds.hpp).
using store::work::person_key;

}  // namespace kisi::sync::work
