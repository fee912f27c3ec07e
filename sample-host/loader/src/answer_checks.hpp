// answer_checks.hpp: the shapes of plugin answers the host relies on, besides UI documents.
#pragma once

#include <optional>
#include <string>

namespace host::loader {

// What run_action and save_tab answer: {"ok": bool, "message": "...",
// "field_errors": {"<key>": "..."}}. The problems, or nullopt when it has that shape.
std::optional<std::string> check_action_answer(const std::string& json);

// What health answers: {"status": "ok"|"degraded"|"quarantined", "message": "...",
// "pending_work": N, ...more}. The problems, or nullopt when it has that shape.
std::optional<std::string> check_health_report(const std::string& json);

}  // namespace host::loader
