#include "host_model.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/UUIDGenerator.h>

#include <sstream>
#include <stdexcept>

namespace sync_test {

using Poco::JSON::Array;
using Poco::JSON::Object;

namespace {

std::string text(const Object::Ptr& o) {
    std::ostringstream out;
    o->stringify(out);
    return out.str();
}

Poco::Dynamic::Var nullable(const std::optional<std::string>& v) {
    return v ? Poco::Dynamic::Var(*v) : Poco::Dynamic::Var();
}

Object::Ptr json_of(const Adult& a) {
    Object::Ptr o = new Object;
    o->set("id", a.id);
    o->set("family_id", a.family_id);
    o->set("name", a.name);
    o->set("email", a.email);
    o->set("relationship", a.relationship);
    o->set("door_access", a.door_access);
    o->set("do_not_admit", a.do_not_admit);
    return o;
}

Object::Ptr json_of(const Contract& c) {
    Object::Ptr o = new Object;
    o->set("id", c.id);
    o->set("child_id", c.child_id);
    o->set("center_id", c.center_id);
    o->set("start_date", c.start_date);
    o->set("end_date", nullable(c.end_date));
    o->set("status", c.status);
    return o;
}

Object::Ptr json_of(const Employee& e) {
    Object::Ptr o = new Object;
    o->set("id", e.id);
    o->set("name", e.name);
    o->set("email", e.email);
    o->set("home_center_id", e.home_center_id);
    o->set("status", e.status);
    return o;
}

Object::Ptr json_of(const Center& c) {
    Object::Ptr o = new Object;
    o->set("id", c.id);
    o->set("name", c.name);
    o->set("time_zone", c.time_zone);
    return o;
}

Object::Ptr json_of(const Child& c) {
    Object::Ptr o = new Object;
    o->set("id", c.id);
    o->set("family_id", c.family_id);
    return o;
}

template <class T>
const T& must(const std::map<std::int64_t, T>& items, std::int64_t id, const char* what) {
    auto it = items.find(id);
    if (it == items.end())
        throw std::out_of_range(std::string("no ") + what + " " + std::to_string(id));
    return it->second;
}

}  // namespace

std::string HostModel::event(const std::string& type, const std::string& key,
                             const std::string& entity) {
    Object::Ptr e = new Object;
    e->set("event_id", Poco::UUIDGenerator::defaultGenerator().createRandom().toString());
    e->set("type", type);
    e->set("sequence", ++sequence_);
    e->set("occurred_at", "2026-01-01T00:00:00Z");
    e->set("cause", "updated");
    e->set(key, Poco::JSON::Parser().parse(entity));
    return text(e);
}

void HostModel::put(const Center& center) {
    std::lock_guard lock(mutex_);
    centers_[center.id] = center;
}

std::string HostModel::put(const Adult& adult) {
    std::lock_guard lock(mutex_);
    adults_.insert_or_assign(adult.id, adult);
    return event("adult.changed/1", "adult", text(json_of(adult)));
}

void HostModel::put(const Child& child) {
    std::lock_guard lock(mutex_);
    children_[child.id] = child;
}

std::string HostModel::put(const Contract& contract) {
    std::lock_guard lock(mutex_);
    contracts_.insert_or_assign(contract.id, contract);
    return event("contract.changed/1", "contract", text(json_of(contract)));
}

std::string HostModel::put(const Employee& employee) {
    std::lock_guard lock(mutex_);
    employees_.insert_or_assign(employee.id, employee);
    return event("employee.changed/1", "employee", text(json_of(employee)));
}

Adult HostModel::adult(std::int64_t id) const {
    std::lock_guard lock(mutex_);
    return must(adults_, id, "adult");
}

Contract HostModel::contract(std::int64_t id) const {
    std::lock_guard lock(mutex_);
    return must(contracts_, id, "contract");
}

Employee HostModel::employee(std::int64_t id) const {
    std::lock_guard lock(mutex_);
    return must(employees_, id, "employee");
}

std::string HostModel::adult_facts(const Adult& adult,
                                   std::optional<std::int64_t> only_center) const {
    Object::Ptr o = json_of(adult);
    std::map<std::int64_t, Array::Ptr> by_center;
    for (const auto& [id, c] : contracts_) {
        const Child& child = must(children_, c.child_id, "child");
        if (child.family_id != adult.family_id) continue;
        if (only_center && c.center_id != *only_center) continue;
        auto& list = by_center[c.center_id];
        if (!list) list = new Array;
        Object::Ptr w = new Object;
        w->set("id", c.id);
        w->set("start_date", c.start_date);
        w->set("end_date", nullable(c.end_date));
        w->set("status", c.status);
        list->add(w);
    }
    Array::Ptr centers = new Array;
    for (const auto& [center_id, contracts] : by_center) {
        Object::Ptr c = new Object;
        c->set("center_id", center_id);
        c->set("time_zone", must(centers_, center_id, "center").time_zone);
        c->set("contracts", contracts);
        centers->add(c);
    }
    o->set("centers", centers);
    return text(o);
}

std::pair<bool, std::string> HostModel::query(const std::string& request_json) const {
    std::lock_guard lock(mutex_);
    auto request = Poco::JSON::Parser().parse(request_json).extract<Object::Ptr>();
    const auto name = request->getValue<std::string>("query");
    auto id = [&](const char* field) { return request->getValue<std::int64_t>(field); };
    auto facts = [&](const Adult& a, std::optional<std::int64_t> only) {
        return Poco::JSON::Parser().parse(adult_facts(a, only));
    };
    Object::Ptr answer = new Object;
    if (name == "adult") {
        auto it = adults_.find(id("adult_id"));
        if (it == adults_.end()) return {false, "adult not found"};
        answer->set("adult", facts(it->second, std::nullopt));
    } else if (name == "adults_by_contract") {
        auto it = contracts_.find(id("contract_id"));
        if (it == contracts_.end()) return {false, "contract not found"};
        const auto family = must(children_, it->second.child_id, "child").family_id;
        Array::Ptr adults = new Array;
        for (const auto& [aid, a] : adults_)
            if (a.family_id == family) adults->add(facts(a, std::nullopt));
        answer->set("contract", json_of(it->second));
        answer->set("adults", adults);
    } else if (name == "center_entitlements") {
        const auto center = id("center_id");
        auto it = centers_.find(center);
        if (it == centers_.end()) return {false, "center not found"};
        std::map<std::int64_t, bool> families;
        for (const auto& [cid, c] : contracts_)
            if (c.center_id == center)
                families[must(children_, c.child_id, "child").family_id] = true;
        Array::Ptr adults = new Array;
        for (const auto& [aid, a] : adults_)
            if (families.count(a.family_id)) adults->add(facts(a, center));
        answer->set("center", json_of(it->second));
        answer->set("adults", adults);
    } else if (name == "employee") {
        auto it = employees_.find(id("employee_id"));
        if (it == employees_.end()) return {false, "employee not found"};
        answer->set("employee", json_of(it->second));
    } else if (name == "employees") {
        Array::Ptr list = new Array;
        for (const auto& [eid, e] : employees_) list->add(json_of(e));
        answer->set("employees", list);
    } else if (name == "centers") {
        Array::Ptr list = new Array;
        for (const auto& [cid, c] : centers_) list->add(json_of(c));
        answer->set("centers", list);
    } else {
        throw std::invalid_argument("unknown directory query " + name);
    }
    return {true, text(answer)};
}

std::string HostModel::to_json() const {
    std::lock_guard lock(mutex_);
    Object::Ptr o = new Object;
    auto all = [&](const auto& items) {
        Array::Ptr a = new Array;
        for (const auto& [id, item] : items) a->add(json_of(item));
        return a;
    };
    o->set("centers", all(centers_));
    o->set("adults", all(adults_));
    o->set("children", all(children_));
    o->set("contracts", all(contracts_));
    o->set("employees", all(employees_));
    return text(o);
}

void HostModel::load_json(const std::string& json_text) {
    auto o = Poco::JSON::Parser().parse(json_text).extract<Object::Ptr>();
    HostModel& model = *this;
    auto each = [&](const char* key, auto add) {
        auto a = o->getArray(key);
        for (std::size_t i = 0; i < a->size(); ++i) add(a->getObject(static_cast<unsigned>(i)));
    };
    each("centers", [&](const Object::Ptr& c) {
        model.put(Center{c->getValue<std::int64_t>("id"), c->getValue<std::string>("name"),
                         c->getValue<std::string>("time_zone")});
    });
    each("children", [&](const Object::Ptr& c) {
        model.put(Child{c->getValue<std::int64_t>("id"), c->getValue<std::int64_t>("family_id")});
    });
    each("adults", [&](const Object::Ptr& a) {
        model.put(Adult{a->getValue<std::int64_t>("id"), a->getValue<std::int64_t>("family_id"),
                        a->getValue<std::string>("name"), a->getValue<std::string>("email"),
                        a->getValue<std::string>("relationship"), a->getValue<bool>("door_access"),
                        a->getValue<bool>("do_not_admit")});
    });
    each("contracts", [&](const Object::Ptr& c) {
        Contract contract{c->getValue<std::int64_t>("id"),
                          c->getValue<std::int64_t>("child_id"),
                          c->getValue<std::int64_t>("center_id"),
                          c->getValue<std::string>("start_date"),
                          std::nullopt,
                          c->getValue<std::string>("status")};
        if (!c->isNull("end_date")) contract.end_date = c->getValue<std::string>("end_date");
        model.put(contract);
    });
    each("employees", [&](const Object::Ptr& e) {
        model.put(Employee{e->getValue<std::int64_t>("id"), e->getValue<std::string>("name"),
                           e->getValue<std::string>("email"),
                           e->getValue<std::int64_t>("home_center_id"),
                           e->getValue<std::string>("status")});
    });
}

}  // namespace sync_test
