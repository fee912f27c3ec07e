#include "host_ui/host_data_reads.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include "host_data/entity_json.h"

namespace host::ui {

using host::data::Error;
using host::data::Id;
using host::data::Result;
using Poco::Dynamic::Var;

namespace {

// Reads each id through `read` (a Store getter) and collects the entities' JSON.
template <class Read>
Result<Poco::JSON::Array::Ptr> collect(const std::vector<Id>& ids, Read read) {
    Poco::JSON::Array::Ptr array = new Poco::JSON::Array;
    for (Id id : ids) {
        auto entity = read(id);
        if (!entity) return entity.error();
        array->add(host::data::to_json(entity.value()));
    }
    return array;
}

}  // namespace

HostDataReads::HostDataReads(std::shared_ptr<host::data::Database> database,
                             std::shared_ptr<host::data::Store> store)
    : database_(std::move(database)), store_(std::move(store)) {}

Result<HostDataReads::Ids> HostDataReads::ids(const std::string& sql, std::optional<Id> parent) {
    return database_->read([&](Poco::Data::Session& session) -> Result<Ids> {
        auto rows =
            parent ? host::data::select(session, sql, *parent) : host::data::select(session, sql);
        Ids found;
        for (std::size_t row = 0; row < rows.rowCount(); ++row) {
            found.push_back(rows.value(0, row).convert<Id>());
        }
        return found;
    });
}

Result<Var> HostDataReads::centers() {
    auto ids = this->ids("SELECT id FROM centers ORDER BY name, id");
    if (!ids) return ids.error();
    auto centers = collect(ids.value(), [&](Id id) { return store_->center(id); });
    if (!centers) return centers.error();
    return Var(centers.value());
}

Result<Var> HostDataReads::familyWithMembers(const host::data::Family& family) {
    auto adults = ids("SELECT id FROM adults WHERE family_id = ? ORDER BY name, id", family.id);
    auto children = ids("SELECT id FROM children WHERE family_id = ? ORDER BY name, id", family.id);
    auto contracts =
        ids("SELECT contracts.id FROM contracts JOIN children ON children.id = contracts.child_id "
            "WHERE children.family_id = ? ORDER BY contracts.start_date DESC, contracts.id",
            family.id);
    if (!adults) return adults.error();
    if (!children) return children.error();
    if (!contracts) return contracts.error();
    auto adult_json = collect(adults.value(), [&](Id id) { return store_->adult(id); });
    auto child_json = collect(children.value(), [&](Id id) { return store_->child(id); });
    auto contract_json = collect(contracts.value(), [&](Id id) { return store_->contract(id); });
    if (!adult_json) return adult_json.error();
    if (!child_json) return child_json.error();
    if (!contract_json) return contract_json.error();
    Poco::JSON::Object::Ptr object = host::data::to_json(family);
    object->set("adults", adult_json.value());
    object->set("children", child_json.value());
    object->set("contracts", contract_json.value());
    return Var(object);
}

Result<Var> HostDataReads::families() {
    auto ids = this->ids("SELECT id FROM families ORDER BY name, id");
    if (!ids) return ids.error();
    Poco::JSON::Array::Ptr array = new Poco::JSON::Array;
    for (Id id : ids.value()) {
        auto family = store_->family(id);
        if (!family) return family.error();
        auto json = familyWithMembers(family.value());
        if (!json) return json.error();
        array->add(json.value());
    }
    return Var(array);
}

Result<Var> HostDataReads::family(Id id) {
    auto family = store_->family(id);
    if (!family) return family.error();
    return familyWithMembers(family.value());
}

Result<Var> HostDataReads::employees() {
    auto ids = this->ids("SELECT id FROM employees ORDER BY name, id");
    if (!ids) return ids.error();
    auto employees = collect(ids.value(), [&](Id id) { return store_->employee(id); });
    if (!employees) return employees.error();
    return Var(employees.value());
}

Result<Var> HostDataReads::employee(Id id) {
    auto employee = store_->employee(id);
    if (!employee) return employee.error();
    return Var(host::data::to_json(employee.value()));
}

}  // namespace host::ui
