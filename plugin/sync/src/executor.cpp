#include "kisi/sync/executor.hpp"

#include <chrono>

namespace kisi::sync {

namespace {

std::optional<client::Timestamp> to_timestamp(std::optional<std::int64_t> ms) {
    if (!ms) return std::nullopt;
    return std::chrono::floor<std::chrono::seconds>(
        std::chrono::sys_time<std::chrono::milliseconds>{std::chrono::milliseconds{*ms}});
}

std::optional<std::int64_t> to_ms(const std::optional<client::Timestamp>& t) {
    if (!t) return std::nullopt;
    return std::chrono::duration_cast<std::chrono::milliseconds>(t->time_since_epoch()).count();
}

bool refused_as_duplicate(const client::Error& error) {
    return error.kind == client::ErrorKind::validation || error.kind == client::ErrorKind::conflict;
}

}  // namespace

client::ValidityWindow to_validity(const Window& window) {
    return {to_timestamp(window.from), to_timestamp(window.until)};
}

Window to_window(const client::ValidityWindow& validity) {
    return {to_ms(validity.from), to_ms(validity.until)};
}

Done Executor::apply(client::KisiClient& kisi, const Step& step, std::int64_t now_ms) {
    switch (step.kind) {
        case StepKind::create:
            return create(kisi, step, now_ms);
        case StepKind::update:
            return update(kisi, step, now_ms);
        case StepKind::remove:
            return remove(kisi, step, now_ms);
    }
    return std::nullopt;
}

void Executor::record(const Step& step, std::int64_t assignment_id, std::int64_t now_ms) {
    store_.db().transaction([&](Poco::Data::Session&) {
        store_.ledger.record({assignment_id, step.kisi_user_id, step.group_id, step.person,
                              step.window.from, step.window.until, now_ms, now_ms});
        store_.intents.clear(step.kisi_user_id, step.group_id);
    });
}

Done Executor::create(client::KisiClient& kisi, const Step& step, std::int64_t now_ms) {
    const bool was_ours = store_.intents.get(step.kisi_user_id, step.group_id).has_value();
    store_.intents.begin({step.kisi_user_id, step.group_id, step.person, now_ms});
    client::NewGroupRoleAssignment request;
    request.user_id = step.kisi_user_id;
    request.group_id = step.group_id;
    request.validity = to_validity(step.window);
    auto created = kisi.create_group_role_assignment(request);
    if (created.ok()) {
        record(step, created.value().id, now_ms);
        audit(step, "assignment.create", store::AuditResult::ok,
              "assignment " + std::to_string(created.value().id), now_ms);
        return std::nullopt;
    }
    const Failure failure = classify(created.error());
    if (refused_as_duplicate(created.error()))
        return settle_existing(kisi, step, was_ours, created.error(), now_ms);
    // A transient failure may hide a create that Kisi carried out: keep the intent.
    if (failure.kind != FailureClass::transient)
        store_.intents.clear(step.kisi_user_id, step.group_id);
    audit(step, "assignment.create", store::AuditResult::failed, failure.message, now_ms);
    return failure;
}

Done Executor::settle_existing(client::KisiClient& kisi, const Step& step, bool was_ours,
                               const client::Error& refusal, std::int64_t now_ms) {
    auto assignments = kisi.list_user_role_assignments(step.kisi_user_id);
    if (!assignments.ok()) return classify(assignments.error());
    const client::RoleAssignment* existing = nullptr;
    for (const auto& a : assignments.value())
        if (a.applies_to_type == "Group" && a.applies_to_id == step.group_id) existing = &a;
    if (!existing) {
        store_.intents.clear(step.kisi_user_id, step.group_id);
        const Failure failure = classify(refusal);
        audit(step, "assignment.create", store::AuditResult::failed, failure.message, now_ms);
        return failure;
    }
    if (!was_ours) {
        store_.intents.clear(step.kisi_user_id, step.group_id);
        audit(step, "assignment.create", store::AuditResult::refused,
              "assignment " + std::to_string(existing->id) +
                  " made outside the plugin already gives this user the group; left untouched",
              now_ms);
        return std::nullopt;
    }
    // Ours from an attempt whose answer was lost: adopt it, then give it the right window.
    Step adopted = step;
    adopted.window = to_window(existing->validity);
    record(adopted, existing->id, now_ms);
    audit(adopted, "assignment.adopt", store::AuditResult::ok,
          "assignment " + std::to_string(existing->id) + " created by an interrupted attempt",
          now_ms);
    if (adopted.window == step.window) return std::nullopt;
    Step fix = step;
    fix.kind = StepKind::update;
    fix.assignment_id = existing->id;
    return update(kisi, fix, now_ms);
}

Done Executor::update(client::KisiClient& kisi, const Step& step, std::int64_t now_ms) {
    client::RoleAssignmentUpdate change;
    change.validity = to_validity(step.window);
    auto updated = kisi.update_role_assignment(*step.assignment_id, change);
    if (updated.ok()) {
        store_.ledger.update_validity(*step.assignment_id, step.window.from, step.window.until,
                                      now_ms);
        audit(step, "assignment.update", store::AuditResult::ok,
              "assignment " + std::to_string(*step.assignment_id), now_ms);
        return std::nullopt;
    }
    if (updated.error().kind == client::ErrorKind::not_found) {
        // Deleted in Kisi behind the plugin's back: grant it again.
        store_.ledger.remove(*step.assignment_id);
        audit(step, "assignment.vanished", store::AuditResult::ok,
              "assignment " + std::to_string(*step.assignment_id) + " no longer exists in Kisi",
              now_ms);
        Step again = step;
        again.kind = StepKind::create;
        again.assignment_id.reset();
        return create(kisi, again, now_ms);
    }
    const Failure failure = classify(updated.error());
    audit(step, "assignment.update", store::AuditResult::failed, failure.message, now_ms);
    return failure;
}

Done Executor::remove(client::KisiClient& kisi, const Step& step, std::int64_t now_ms) {
    auto deleted = kisi.delete_role_assignment(*step.assignment_id);
    if (deleted.ok() || deleted.error().kind == client::ErrorKind::not_found) {
        store_.ledger.remove(*step.assignment_id);
        audit(step, "assignment.delete", store::AuditResult::ok,
              "assignment " + std::to_string(*step.assignment_id) +
                  (deleted.ok() ? "" : " (already gone in Kisi)"),
              now_ms);
        return std::nullopt;
    }
    const Failure failure = classify(deleted.error());
    audit(step, "assignment.delete", store::AuditResult::failed, failure.message, now_ms);
    return failure;
}

void Executor::audit(const Step& step, const std::string& action, store::AuditResult result,
                     const std::string& message, std::int64_t now_ms) {
    store::AuditEntry entry;
    entry.at = now_ms;
    entry.actor = "sync";
    entry.action = action;
    entry.subject = step.person;
    entry.target = "group:" + std::to_string(step.group_id);
    entry.reason = step.reason;
    entry.result = result;
    entry.message = message;
    store_.audit.append(entry);
}

}  // namespace kisi::sync
