#include "kisi/sync/work_items.hpp"

#include <sdk/json.hpp>

namespace kisi::sync::work {

namespace json = sdk::json;

namespace {

template <class... F>
struct overloaded : F... {
    using F::operator()...;
};
template <class... F>
overloaded(F...) -> overloaded<F...>;

json::Object person_payload(const store::PersonRef& person) {
    auto o = json::object();
    o->set("person", std::string(store::to_string(person.kind)));
    o->set("id", person.id);
    return o;
}

std::optional<store::PersonRef> person_from(const json::Object& o) {
    auto kind = store::parse_person_kind(json::require_string(o, "person"));
    if (!kind) return std::nullopt;
    return store::PersonRef{*kind, json::require_int(o, "id")};
}

}  // namespace

std::string person_key(const store::PersonRef& person) {
    return "person:" + std::string(store::to_string(person.kind)) + ":" + std::to_string(person.id);
}

store::NewWorkItem to_item(const Work& work, std::int64_t not_before) {
    return std::visit(
        overloaded{
            [&](const ConvergePerson& w) {
                return store::NewWorkItem{"person", json::stringify(person_payload(w.person)),
                                          person_key(w.person), not_before};
            },
            [&](const ConvergeContract& w) {
                auto o = json::object();
                o->set("contract_id", w.contract_id);
                return store::NewWorkItem{"contract", json::stringify(o),
                                          "contract:" + std::to_string(w.contract_id), not_before};
            },
            [&](const Reconcile& w) {
                auto o = json::object();
                o->set("removals_approved", w.removals_approved);
                return store::NewWorkItem{"reconcile", json::stringify(o), "reconcile", not_before};
            },
            [&](const Recheck& w) {
                auto o = person_payload(w.person);
                o->set("what", "recheck");
                return store::NewWorkItem{scheduled_kind, json::stringify(o),
                                          "recheck:" + person_key(w.person), not_before};
            },
            [&](const PeriodicReconcile&) {
                auto o = json::object();
                o->set("what", "reconcile");
                return store::NewWorkItem{scheduled_kind, json::stringify(o), "periodic-reconcile",
                                          not_before};
            },
        },
        work);
}

std::optional<Work> from_item(const store::WorkItem& item) {
    try {
        auto o = json::parse_object(item.payload, "work item payload");
        if (item.kind == "person") {
            if (auto person = person_from(o)) return ConvergePerson{*person};
        } else if (item.kind == "contract") {
            return ConvergeContract{json::require_int(o, "contract_id")};
        } else if (item.kind == "reconcile") {
            return Reconcile{json::get_bool(o, "removals_approved").value_or(false)};
        } else if (item.kind == scheduled_kind) {
            const auto what = json::require_string(o, "what");
            if (what == "reconcile") return PeriodicReconcile{};
            if (what == "recheck")
                if (auto person = person_from(o)) return Recheck{*person};
        }
    } catch (const std::exception&) {
    }
    return std::nullopt;
}

std::optional<store::PersonRef> person_of(const Work& work) {
    if (auto* w = std::get_if<ConvergePerson>(&work)) return w->person;
    if (auto* w = std::get_if<Recheck>(&work)) return w->person;
    return std::nullopt;
}

}  // namespace kisi::sync::work
