#include "kisi/sync/sync_section.hpp"

#include "kisi/sync/sync_actions.hpp"

namespace kisi::sync {

using namespace sdk::ui;

namespace {

constexpr std::size_t audit_rows = 25;

Level level_of(store::AuditResult result) {
    switch (result) {
        case store::AuditResult::ok:
            return Level::success;
        case store::AuditResult::refused:
            return Level::warning;
        case store::AuditResult::failed:
            return Level::error;
    }
    return Level::info;
}

}  // namespace

std::vector<std::string> SyncSection::actions() const {
    return {"preview-sync", "sync-now", "approve-removals", "reject-removals", "explain-access"};
}

sdk::ActionResult SyncSection::run(const std::string& action_id,
                                   const sdk::ActionRequest& request) {
    if (auto result = run_sync_action(engine_, action_id, request, "admin")) return *result;
    return sdk::ActionResult::not_found("The sync section has no action '" + action_id + "'.");
}

Section SyncSection::render() {
    const SyncStatus s = engine_.status();
    StatusList state;
    if (s.quarantine)
        state.item("Sync",
                   "paused: Kisi refused the API key (" + s.quarantine->reason +
                       "). Save a working key of an organization administrator.",
                   Level::error);
    else if (!s.connected)
        state.item("Sync", "waiting for a Kisi connection", Level::warning);
    else
        state.item("Sync", s.outstanding == 0 ? "in sync" : "working", Level::success);
    state.item("People linked to Kisi users", std::to_string(s.people_linked), Level::info);
    state.item("Assignments managed by the plugin", std::to_string(s.managed_assignments),
               Level::info);
    state.item("Changes pending", std::to_string(s.outstanding),
               s.outstanding > 0 ? Level::info : Level::success);
    state.item("Changes Kisi refused", std::to_string(s.failed),
               s.failed > 0 ? Level::error : Level::success);
    if (s.last_reconcile)
        state.item("Last full reconcile",
                   describe_bound(s.last_reconcile->plan.computed_at) + ": " +
                       s.last_reconcile->plan.summary(),
                   Level::info);
    if (s.held)
        state.item("Removals waiting for approval",
                   std::to_string(s.held->removals) + " for " +
                       std::to_string(s.held->people.size()) + " people",
                   Level::warning);

    Section section("sync", "Access sync");
    section.description(
        "Kisi follows the host's contracts and staff profiles. A full reconcile runs on a "
        "schedule; "
        "preview it, or run it now.");
    section.add(state);

    Actions buttons;
    buttons.button("preview-sync", "Preview sync");
    buttons.button("sync-now", "Sync now", ButtonStyle::primary);
    if (s.held) {
        buttons.button(
            "approve-removals", "Approve removals", ButtonStyle::danger,
            "Remove the access of " + std::to_string(s.held->people.size()) + " people in Kisi?");
        buttons.button("reject-removals", "Reject removals");
    }
    section.add(buttons);

    if (!s.recent_failures.empty()) {
        Table failures("sync-failures");
        failures.column("who", "Who").column("error", "Kisi's reason").column("at", "When");
        for (const auto& item : s.recent_failures)
            failures.add(Row(std::to_string(item.id))
                             .cell("who", item.dedupe_key.value_or(item.kind))
                             .cell("error", item.last_error.value_or(""))
                             .cell("at", describe_bound(item.updated_at))
                             .status(Level::error));
        section.add(failures);
    }

    section.add(Form("explain", "explain-access")
                    .submit_label("Explain access")
                    .add(Field::select("person", "Person",
                                       {{"adult", "Adult (parent, guardian, pickup)"},
                                        {"employee", "Employee"}})
                             .value("adult"))
                    .add(Field::integer("id", "Id").required()));

    Table audit("sync-audit");
    audit.column("at", "When")
        .column("actor", "Who")
        .column("action", "What")
        .column("subject", "For")
        .column("reason", "Why")
        .column("result", "Result");
    audit.empty_text("Nothing recorded yet.");
    for (const auto& e : store_.audit.recent(audit_rows)) {
        const std::string subject = e.subject ? std::string(store::to_string(e.subject->kind)) +
                                                    " " + std::to_string(e.subject->id)
                                              : "";
        audit.add(Row(std::to_string(e.id))
                      .cell("at", describe_bound(e.at))
                      .cell("actor", e.actor)
                      .cell("action", e.action + (e.target ? " " + *e.target : ""))
                      .cell("subject", subject)
                      .cell("reason", e.reason.value_or(""))
                      .cell("result", std::string(store::to_string(e.result)) +
                                          (e.message ? ": " + *e.message : ""))
                      .status(level_of(e.result)));
    }
    section.add(audit);
    return section;
}

}  // namespace kisi::sync
