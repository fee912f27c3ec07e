#include "support/scripted_directory.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <sstream>

namespace kisi::test {

namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

struct Center {
    std::int64_t id;
    const char* name;
};
const Center centers[] = {{1, "Maple Street"}, {2, "Riverside"}, {3, "Oak Hill"}};
constexpr const char* time_zone = "America/Chicago";

std::string text(const Object::Ptr& document) {
    std::ostringstream out;
    document->stringify(out);
    return out.str();
}

Object::Ptr center_json(const Center& c) {
    Object::Ptr o = new Object;
    o->set("id", c.id);
    o->set("name", std::string(c.name));
    o->set("time_zone", std::string(time_zone));
    return o;
}

// The adult's facts; with `only_center`, their contracts at that center only.
Object::Ptr adult_json(const ScriptedAdult& a, std::optional<std::int64_t> only_center) {
    Object::Ptr o = new Object;
    o->set("id", a.id);
    o->set("family_id", a.family_id);
    o->set("name", a.name);
    o->set("email", a.email);
    o->set("relationship", std::string("guardian"));
    o->set("door_access", a.door_access);
    o->set("do_not_admit", a.do_not_admit);
    Array::Ptr per_center = new Array;
    for (const Center& c : centers) {
        if (only_center && *only_center != c.id) continue;
        Array::Ptr contracts = new Array;
        for (const ScriptedContract& k : a.contracts) {
            if (k.center_id != c.id) continue;
            Object::Ptr window = new Object;
            window->set("id", k.id);
            window->set("start_date", k.start_date);
            window->set("end_date",
                        k.end_date ? Poco::Dynamic::Var(*k.end_date) : Poco::Dynamic::Var());
            window->set("status", k.status);
            contracts->add(window);
        }
        if (contracts->size() == 0) continue;
        Object::Ptr center = new Object;
        center->set("center_id", c.id);
        center->set("time_zone", std::string(time_zone));
        center->set("contracts", contracts);
        per_center->add(center);
    }
    o->set("centers", per_center);
    return o;
}

Object::Ptr employee_json(const ScriptedEmployee& e) {
    Object::Ptr o = new Object;
    o->set("id", e.id);
    o->set("name", e.name);
    o->set("email", e.email);
    o->set("home_center_id", e.home_center_id);
    o->set("status", e.status);
    return o;
}

Object::Ptr wrap(const char* key, const Poco::Dynamic::Var& value) {
    Object::Ptr o = new Object;
    o->set(key, value);
    return o;
}

}  // namespace

ScriptedDirectory::ScriptedDirectory()
    : employees_{{7, "Erin Staff", "erin@example.com", 1, "active"},
                 {8, "Omar Staff", "omar@example.com", 2, "active"}} {}

void ScriptedDirectory::set_adults(std::vector<ScriptedAdult> adults) {
    std::lock_guard lock(mutex_);
    adults_ = std::move(adults);
}

void ScriptedDirectory::set_employees(std::vector<ScriptedEmployee> employees) {
    std::lock_guard lock(mutex_);
    employees_ = std::move(employees);
}

host::loader::ServiceAnswer ScriptedDirectory::answer(const std::string& query_json) const {
    std::lock_guard lock(mutex_);
    const auto query = Poco::JSON::Parser().parse(query_json).extract<Object::Ptr>();
    const std::string name = query->getValue<std::string>("query");
    auto id_of = [&](const char* key) { return query->getValue<std::int64_t>(key); };

    if (name == "centers") {
        Array::Ptr list = new Array;
        for (const Center& c : centers) list->add(center_json(c));
        return {HP_OK, text(wrap("centers", list))};
    }
    if (name == "employee") {
        for (const ScriptedEmployee& e : employees_)
            if (e.id == id_of("employee_id"))
                return {HP_OK, text(wrap("employee", employee_json(e)))};
        return {HP_E_NOT_FOUND, ""};
    }
    if (name == "employees") {
        Array::Ptr list = new Array;
        for (const ScriptedEmployee& e : employees_) list->add(employee_json(e));
        return {HP_OK, text(wrap("employees", list))};
    }
    if (name == "adult") {
        for (const ScriptedAdult& a : adults_)
            if (a.id == id_of("adult_id")) return {HP_OK, text(wrap("adult", adult_json(a, {})))};
        return {HP_E_NOT_FOUND, ""};
    }
    if (name == "adults") {
        Array::Ptr list = new Array;
        for (const ScriptedAdult& a : adults_)
            if (a.door_access) list->add(adult_json(a, {}));
        return {HP_OK, text(wrap("adults", list))};
    }
    if (name == "adults_by_contract") {
        Array::Ptr list = new Array;
        Object::Ptr contract;
        for (const ScriptedAdult& a : adults_)
            for (const ScriptedContract& k : a.contracts)
                if (k.id == id_of("contract_id")) {
                    list->add(adult_json(a, {}));
                    contract = new Object;
                    contract->set("id", k.id);
                    contract->set("center_id", k.center_id);
                    contract->set("start_date", k.start_date);
                    contract->set("status", k.status);
                    break;
                }
        if (!contract) return {HP_E_NOT_FOUND, ""};
        Object::Ptr document = wrap("contract", contract);
        document->set("adults", list);
        return {HP_OK, text(document)};
    }
    if (name == "center_entitlements") {
        const auto center_id = id_of("center_id");
        for (const Center& c : centers) {
            if (c.id != center_id) continue;
            Array::Ptr list = new Array;
            for (const ScriptedAdult& a : adults_)
                for (const ScriptedContract& k : a.contracts)
                    if (k.center_id == center_id) {
                        list->add(adult_json(a, center_id));
                        break;
                    }
            Object::Ptr document = wrap("center", center_json(c));
            document->set("adults", list);
            return {HP_OK, text(document)};
        }
        return {HP_E_NOT_FOUND, ""};
    }
    return {HP_E_INVALID_ARGUMENT, ""};
}

}  // namespace kisi::test
