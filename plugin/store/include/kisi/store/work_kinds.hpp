#pragma once

#include "kisi/store/person.hpp"

#include <string>
#include <string_view>

// Work-queue items that the settings page and the employee tab queue for the sync engine, in
// the engine's own format. Items are hints: the worker reads the current facts (this store,
// the host directory) and converges to them.
namespace kisi::store::work {

// Converge one person's access now: payload {"person": "adult"|"employee", "id": N}, dedupe
// key person_key(person). Queued when an employee's staff group is set or cleared.
inline constexpr std::string_view converge_person = "person";
// A full reconcile: payload {"removals_approved": false}, dedupe key "reconcile". Queued when
// a place's link (center, parent group, default staff group) changes.
inline constexpr std::string_view reconcile = "reconcile";
inline constexpr std::string_view reconcile_key = "reconcile";

// "person:employee:7"
std::string person_key(const PersonRef& person);
// The JSON payloads of the two kinds.
std::string converge_person_payload(const PersonRef& person);
std::string reconcile_payload();

}  // namespace kisi::store::work
