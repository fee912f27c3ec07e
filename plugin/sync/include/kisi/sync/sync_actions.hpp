#pragma once

#include "kisi/sync/engine.hpp"

#include <sdk/plugin.hpp>
#include <sdk/reply.hpp>

#include <optional>
#include <string>

namespace kisi::sync {

// The settings page's sync actions (ids fixed by the issue): "preview-sync" (the plan, nothing
// changes), "sync-now" (reconcile and apply), "approve-removals", "reject-removals", and
// "explain-access" ({"values": {"person": "adult"|"employee", "id": N}}). nullopt for any other
// action id, so that the plugin's run_action can try these first.
std::optional<sdk::ActionResult> run_sync_action(Engine& engine, const std::string& action_id,
                                                 const sdk::ActionRequest& request,
                                                 const std::string& actor);

}  // namespace kisi::sync
