#include "host_data/entity_json.h"

#include "body_reader.h"

namespace host::data {
namespace {

template <class T>
Result<T> finish(const BodyReader& reader, T value) {
    if (auto status = reader.status(); !status) return status.error();
    return value;
}

}  // namespace

Poco::JSON::Object::Ptr to_json(const Center& center) {
    Poco::JSON::Object::Ptr json = new Poco::JSON::Object;
    json->set("id", center.id);
    json->set("name", center.name);
    json->set("time_zone", center.time_zone);
    return json;
}

Poco::JSON::Object::Ptr to_json(const Family& family) {
    Poco::JSON::Object::Ptr json = new Poco::JSON::Object;
    json->set("id", family.id);
    json->set("name", family.name);
    return json;
}

Poco::JSON::Object::Ptr to_json(const Adult& adult) {
    Poco::JSON::Object::Ptr json = new Poco::JSON::Object;
    json->set("id", adult.id);
    json->set("family_id", adult.family_id);
    json->set("name", adult.name);
    json->set("email", adult.email);
    json->set("relationship", adult.relationship);
    json->set("door_access", adult.door_access);
    json->set("do_not_admit", adult.do_not_admit);
    return json;
}

Poco::JSON::Object::Ptr to_json(const Child& child) {
    Poco::JSON::Object::Ptr json = new Poco::JSON::Object;
    json->set("id", child.id);
    json->set("family_id", child.family_id);
    json->set("name", child.name);
    return json;
}

Poco::JSON::Object::Ptr to_json(const Contract& contract) {
    Poco::JSON::Object::Ptr json = new Poco::JSON::Object;
    json->set("id", contract.id);
    json->set("child_id", contract.child_id);
    json->set("center_id", contract.center_id);
    json->set("start_date", contract.start_date);
    json->set("end_date",
              contract.end_date ? Poco::Dynamic::Var(*contract.end_date) : Poco::Dynamic::Var());
    json->set("status", contract.status);
    return json;
}

Poco::JSON::Object::Ptr to_json(const Employee& employee) {
    Poco::JSON::Object::Ptr json = new Poco::JSON::Object;
    json->set("id", employee.id);
    json->set("name", employee.name);
    json->set("email", employee.email);
    json->set("home_center_id", employee.home_center_id);
    json->set("status", employee.status);
    return json;
}

Result<Center> center_from_json(const Poco::JSON::Object& body) {
    BodyReader reader(body, {"name", "time_zone"});
    Center center;
    center.name = reader.required("name", reader.text("name"));
    center.time_zone = reader.required("time_zone", reader.text("time_zone"));
    return finish(reader, center);
}

Result<Family> family_from_json(const Poco::JSON::Object& body) {
    BodyReader reader(body, {"name"});
    Family family;
    family.name = reader.required("name", reader.text("name"));
    return finish(reader, family);
}

Result<Adult> adult_from_json(const Poco::JSON::Object& body) {
    BodyReader reader(
        body, {"family_id", "name", "email", "relationship", "door_access", "do_not_admit"});
    Adult adult;
    adult.family_id = reader.required("family_id", reader.id("family_id"));
    adult.name = reader.required("name", reader.text("name"));
    adult.email = reader.required("email", reader.text("email"));
    adult.relationship = reader.required("relationship", reader.text("relationship"));
    adult.door_access = reader.flag("door_access").value_or(false);
    adult.do_not_admit = reader.flag("do_not_admit").value_or(false);
    return finish(reader, adult);
}

Result<Child> child_from_json(const Poco::JSON::Object& body) {
    BodyReader reader(body, {"family_id", "name"});
    Child child;
    child.family_id = reader.required("family_id", reader.id("family_id"));
    child.name = reader.required("name", reader.text("name"));
    return finish(reader, child);
}

Result<Contract> contract_from_json(const Poco::JSON::Object& body) {
    BodyReader reader(body, {"child_id", "center_id", "start_date", "end_date", "status"});
    Contract contract;
    contract.child_id = reader.required("child_id", reader.id("child_id"));
    contract.center_id = reader.required("center_id", reader.id("center_id"));
    contract.start_date = reader.required("start_date", reader.text("start_date"));
    contract.end_date = reader.nullable_text("end_date").value_or(std::nullopt);
    contract.status = reader.text("status").value_or("active");
    return finish(reader, contract);
}

Result<Employee> employee_from_json(const Poco::JSON::Object& body) {
    BodyReader reader(body, {"name", "email", "home_center_id", "status"});
    Employee employee;
    employee.name = reader.required("name", reader.text("name"));
    employee.email = reader.required("email", reader.text("email"));
    employee.home_center_id = reader.required("home_center_id", reader.id("home_center_id"));
    employee.status = reader.text("status").value_or("active");
    return finish(reader, employee);
}

Result<AdultPatch> adult_patch_from_json(const Poco::JSON::Object& body) {
    BodyReader reader(
        body, {"family_id", "name", "email", "relationship", "door_access", "do_not_admit"});
    AdultPatch patch;
    patch.family_id = reader.id("family_id");
    patch.name = reader.text("name");
    patch.email = reader.text("email");
    patch.relationship = reader.text("relationship");
    patch.door_access = reader.flag("door_access");
    patch.do_not_admit = reader.flag("do_not_admit");
    return finish(reader, patch);
}

Result<ContractPatch> contract_patch_from_json(const Poco::JSON::Object& body) {
    BodyReader reader(body, {"center_id", "start_date", "end_date", "status"});
    ContractPatch patch;
    patch.center_id = reader.id("center_id");
    patch.start_date = reader.text("start_date");
    patch.end_date = reader.nullable_text("end_date");
    patch.status = reader.text("status");
    return finish(reader, patch);
}

Result<EmployeePatch> employee_patch_from_json(const Poco::JSON::Object& body) {
    BodyReader reader(body, {"name", "email", "home_center_id", "status"});
    EmployeePatch patch;
    patch.name = reader.text("name");
    patch.email = reader.text("email");
    patch.home_center_id = reader.id("home_center_id");
    patch.status = reader.text("status");
    return finish(reader, patch);
}

}  // namespace host::data
