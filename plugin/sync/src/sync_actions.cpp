#include "kisi/sync/sync_actions.hpp"

#include <sdk/json.hpp>

namespace kisi::sync {

namespace {

constexpr std::size_t shown_steps = 25;

sdk::ActionResult refused(const Failure& failure) {
    switch (failure.kind) {
        case FailureClass::transient:
            return sdk::ActionResult::unavailable("Kisi could not be reached: " + failure.message);
        case FailureClass::unauthorized:
            return sdk::ActionResult::upstream("Kisi refused the API key: " + failure.message);
        case FailureClass::rejected:
            break;
    }
    return sdk::ActionResult::conflict(failure.message);
}

sdk::ActionResult preview(Engine& engine) {
    auto plan = engine.preview();
    if (!plan.ok()) return refused(plan.failure());
    const ReconcilePlan& p = plan.value();
    std::string text = "Preview (nothing changed): " + p.summary() + ".";
    if (p.exceeds_removal_limit())
        text += " The removals exceed the limit of " + std::to_string(p.removal_limit) +
                " and would wait for approval.";
    std::size_t shown = 0;
    for (const Step& s : p.steps) {
        if (shown++ == shown_steps) {
            text += "\n… and " + std::to_string(p.steps.size() - shown_steps) + " more";
            break;
        }
        text += "\n- " + describe(s);
    }
    for (const auto& m : p.manual)
        text += "\n- added by hand (left untouched): user " + std::to_string(m.kisi_user_id) +
                (m.email.empty() ? "" : " <" + m.email + ">") + " in group " +
                std::to_string(m.group_id);
    for (const auto& problem : p.problems) text += "\n- problem: " + problem;
    return sdk::ActionResult::ok(text);
}

sdk::ActionResult explain(Engine& engine, const sdk::ActionRequest& request) {
    const auto kind =
        store::parse_person_kind(sdk::json::get_string(request.values, "person").value_or("adult"));
    const auto id = sdk::json::get_int(request.values, "id");
    if (!kind || !id)
        return sdk::ActionResult::invalid("Name the person")
            .field_error("id", "give the adult's or employee's id");
    const Explanation x = engine.explain({*kind, *id});
    std::string text = x.summary;
    for (const auto& f : x.facts) text += "\n- " + f;
    for (const auto& h : x.held) text += "\n- holds " + h;
    if (x.kisi_user) text += "\n- " + *x.kisi_user;
    if (x.last_result) text += "\n- last result: " + *x.last_result;
    return sdk::ActionResult::ok(text);
}

}  // namespace

std::optional<sdk::ActionResult> run_sync_action(Engine& engine, const std::string& action_id,
                                                 const sdk::ActionRequest& request,
                                                 const std::string& actor) {
    if (action_id == "preview-sync") return preview(engine);
    if (action_id == "sync-now") {
        if (!engine.status().connected)
            return sdk::ActionResult::conflict("Connect to Kisi first: save an API key");
        engine.request_reconcile();
        return sdk::ActionResult::ok(
            "Sync started: the plan is applied in the background; the Status section shows "
            "its progress");
    }
    if (action_id == "approve-removals") {
        if (!engine.approve_removals(actor))
            return sdk::ActionResult::conflict("No removals are waiting for approval");
        return sdk::ActionResult::ok("Removals approved: they are carried out now");
    }
    if (action_id == "reject-removals") {
        if (!engine.reject_removals(actor))
            return sdk::ActionResult::conflict("No removals are waiting for approval");
        return sdk::ActionResult::ok("Removals rejected: those assignments stay in Kisi");
    }
    if (action_id == "explain-access") return explain(engine, request);
    return std::nullopt;
}

}  // namespace kisi::sync
