#pragma once

#include "kisi/store/person.hpp"

#include <sdk/json.hpp>
#include <sdk/result.hpp>

#include <string>

namespace kisi::access {

// Reads the host's person document: {"adult_id": N} or {"employee_id": N}.
sdk::Result<store::PersonRef> parse_person(const sdk::json::Object& person);

// "adult:5": how a person appears as an actor in the audit log.
std::string actor_name(const store::PersonRef& person);

}  // namespace kisi::access
