#pragma once

#include <kisi/store/person.hpp>
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
// A full reconcile asked for by an admin; `removals_approved` lets it remove past the limit.
struct Reconcile {
    bool removals_approved = false;
};
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

// The key under which work for a person is queued ("person:adult:7").
std::string person_key(const store::PersonRef& person);
// The person a queued item is about, if any.
std::optional<store::PersonRef> person_of(const Work& work);

}  // namespace kisi::sync::work
