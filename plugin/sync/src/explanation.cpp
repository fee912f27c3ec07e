#include "kisi/sync/explanation.hpp"

#include "kisi/sync/work_items.hpp"

namespace kisi::sync {

namespace json = sdk::json;

namespace {

json::Array strings(const std::vector<std::string>& lines) {
    auto a = json::array();
    for (const auto& l : lines) a->add(l);
    return a;
}

std::string window_text(std::optional<std::int64_t> from, std::optional<std::int64_t> until) {
    return "from " + describe_bound(from) + " until " + describe_bound(until);
}

std::vector<std::string> fact_lines(const HostDirectory& directory,
                                    const store::PersonRef& person) {
    std::vector<std::string> lines;
    if (person.kind == store::PersonKind::adult) {
        auto facts = directory.adult(person.id);
        if (!facts.ok() || !facts.value()) return lines;
        const AdultFacts& a = *facts.value();
        lines.push_back(a.relationship + " of family " + std::to_string(a.family_id) + ", email " +
                        a.email);
        lines.push_back(std::string("door_access ") + (a.door_access ? "on" : "off") +
                        ", do_not_admit " + (a.do_not_admit ? "set" : "not set"));
        for (const auto& center : a.centers)
            for (const auto& c : center.contracts)
                lines.push_back("contract " + std::to_string(c.id) + " at center " +
                                std::to_string(center.center_id) + ": " + c.status + ", " +
                                c.start_date + " to " + c.end_date.value_or("open-ended") + " (" +
                                center.time_zone + ")");
        return lines;
    }
    auto facts = directory.employee(person.id);
    if (!facts.ok() || !facts.value()) return lines;
    const EmployeeFacts& e = *facts.value();
    lines.push_back("employee, " + e.status + ", home center " + std::to_string(e.home_center_id) +
                    ", email " + e.email);
    return lines;
}

}  // namespace

std::string access_state(store::Store& store, const store::PersonRef& person, std::int64_t now_ms) {
    auto last = store.work_queue.latest_for_key(work::person_key(person));
    if (last &&
        (last->state == store::WorkState::pending || last->state == store::WorkState::in_progress))
        return last->last_error ? "pending (retrying after: " + *last->last_error + ")" : "pending";
    if (last && last->state == store::WorkState::failed)
        return "failed: " + last->last_error.value_or("unknown reason");
    if (!store.ledger.valid_for_person(person, now_ms).empty()) return "granted";
    if (!store.ledger.for_person(person).empty()) return "granted (not yet valid)";
    return "none";
}

Explanation explain(store::Store& store, sdk::Host host, const PersonSync& people,
                    const store::PersonRef& person) {
    Explanation x;
    x.person = person;
    const auto now_ms = host.now_ms();
    x.facts = fact_lines(HostDirectory(host), person);
    auto wanted = people.desire_of(person, now_ms);
    if (wanted.ok()) {
        for (const auto& g : wanted.value().desire.grants)
            x.entitled.push_back("group " + std::to_string(g.group_id) + " " +
                                 window_text(g.window.from, g.window.until) + ": " + g.reason);
        x.denials = wanted.value().desire.denials;
    } else {
        x.denials.push_back("the host directory could not be read: " + wanted.failure().message);
    }
    for (const auto& e : store.ledger.for_person(person)) {
        const bool valid = Window{e.valid_from, e.valid_until}.contains(now_ms);
        x.has_access_now = x.has_access_now || valid;
        x.held.push_back("assignment " + std::to_string(e.kisi_assignment_id) + " in group " +
                         std::to_string(e.group_id) + " " +
                         window_text(e.valid_from, e.valid_until) +
                         (valid ? " (valid now)" : " (not valid now)"));
    }
    if (auto link = store.user_links.get(person))
        x.kisi_user = "Kisi user " + std::to_string(link->kisi_user_id) + " (" + link->email +
                      (link->created_by_plugin ? ", created by the plugin)" : ", linked by email)");
    x.last_result = access_state(store, person, now_ms);
    x.recent = store.audit.for_subject(person, 10);

    std::string because;
    for (const auto& line : x.has_access_now ? x.entitled : x.denials)
        because += (because.empty() ? "" : "; ") + line;
    if (x.has_access_now)
        x.summary = "Has door access now" + (because.empty() ? "" : " because " + because) + ".";
    else if (!x.entitled.empty())
        x.summary = "No door access at this moment; entitled to " + x.entitled.front() +
                    " (state: " + *x.last_result + ").";
    else
        x.summary = "No door access" + (because.empty() ? "" : ": " + because) + ".";
    return x;
}

json::Object Explanation::to_json() const {
    auto o = json::object();
    auto p = json::object();
    p->set("kind", std::string(store::to_string(person.kind)));
    p->set("id", person.id);
    o->set("person", p);
    o->set("has_access_now", has_access_now);
    o->set("summary", summary);
    o->set("facts", strings(facts));
    o->set("entitled", strings(entitled));
    o->set("denials", strings(denials));
    o->set("held", strings(held));
    o->set("kisi_user", kisi_user ? Poco::Dynamic::Var(*kisi_user) : Poco::Dynamic::Var());
    o->set("last_result", last_result ? Poco::Dynamic::Var(*last_result) : Poco::Dynamic::Var());
    auto audit = json::array();
    for (const auto& e : recent) {
        auto a = json::object();
        a->set("at", describe_bound(e.at));
        a->set("action", e.action);
        a->set("target", e.target.value_or(""));
        a->set("reason", e.reason.value_or(""));
        a->set("result", std::string(store::to_string(e.result)));
        a->set("message", e.message.value_or(""));
        audit->add(a);
    }
    o->set("recent", audit);
    return o;
}

}  // namespace kisi::sync
