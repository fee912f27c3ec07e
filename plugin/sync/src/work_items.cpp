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

std::optional<store::PersonRef> person_from(const json::Object& o) {
    auto kind = store::parse_person_kind(json::require_string(o, "person"));
    if (!kind) return std::nullopt;
    return store::PersonRef{*kind, json::require_int(o, "id")};
}

}  // namespace

store::NewWorkItem to_item(const Work& work, std::int64_t not_before) {
    return std::visit(
        overloaded{
            [&](const ConvergePerson& w) {
                return store::NewWorkItem{std::string(store::work::converge_person),
                                          store::work::converge_person_payload(w.person),
                                          person_key(w.person), not_before};
            },
            [&](const ConvergeContract& w) {
                auto o = json::object();
                o->set("contract_id", w.contract_id);
                return store::NewWorkItem{"contract", json::stringify(o),
                                          "contract:" + std::to_string(w.contract_id), not_before};
            },
            [&](const Reconcile&) {
                return store::NewWorkItem{std::string(store::work::reconcile),
                                          store::work::reconcile_payload(),
                                          std::string(store::work::reconcile_key), not_before};
            },
            [&](const Recheck& w) {
                auto o = json::parse_object(store::work::converge_person_payload(w.person));
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
        if (item.kind == store::work::converge_person) {
            if (auto person = person_from(o)) return ConvergePerson{*person};
        } else if (item.kind == "contract") {
            return ConvergeContract{json::require_int(o, "contract_id")};
        } else if (item.kind == store::work::reconcile) {
            return Reconcile{};
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

}  // namespace kisi::sync::work
