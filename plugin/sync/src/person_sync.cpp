#include "kisi/sync/person_sync.hpp"

namespace kisi::sync {

namespace {

Failure directory_failure(const sdk::Status& status) {
    // The host answers its own directory; a failure there is temporary from the engine's view.
    return {FailureClass::transient, status.message()};
}

}  // namespace

Outcome<PersonDesire> PersonSync::desire_of(const store::PersonRef& person,
                                            std::int64_t now_ms) const {
    PersonDesire result;
    if (person.kind == store::PersonKind::adult) {
        auto facts = directory_.adult(person.id);
        if (!facts.ok()) return directory_failure(facts.status());
        if (!facts.value()) {
            result.desire = desire_for_unknown_person();
            return result;
        }
        const AdultFacts& adult = *facts.value();
        result.desire =
            desire_for_adult(adult, store_.place_links.all(), store_.options.get(), now_ms);
        result.identity = Identity{person, adult.email, adult.name};
        return result;
    }
    auto facts = directory_.employee(person.id);
    if (!facts.ok()) return directory_failure(facts.status());
    if (!facts.value()) {
        result.desire = desire_for_unknown_person();
        return result;
    }
    const EmployeeFacts& employee = *facts.value();
    result.desire = desire_for_employee(employee, store_.staff_groups.get(employee.id),
                                        store_.place_links.by_center(employee.home_center_id));
    result.identity = Identity{person, employee.email, employee.name};
    return result;
}

Convergence PersonSync::converge(client::KisiClient& kisi, const store::PersonRef& person,
                                 bool bulk) {
    auto wanted = desire_of(person, host_.now_ms());
    if (!wanted.ok()) return {wanted.failure(), std::nullopt};
    const Desire& desire = wanted.value().desire;

    std::optional<std::int64_t> user_id;
    if (!desire.grants.empty()) {
        bool relinked = false;
        auto link =
            identities_.ensure(kisi, *wanted.value().identity, bulk, host_.now_ms(), relinked);
        if (!link.ok()) return {link.failure(), std::nullopt};
        user_id = link.value().kisi_user_id;
    } else if (auto link = store_.user_links.get(person)) {
        user_id = link->kisi_user_id;
    }

    for (const Step& step : plan_person(person, desire, store_.ledger.for_person(person), user_id))
        if (Done failed = executor_.apply(kisi, step, host_.now_ms()))
            return {failed, std::nullopt};
    return {std::nullopt, desire.recheck_at};
}

}  // namespace kisi::sync
