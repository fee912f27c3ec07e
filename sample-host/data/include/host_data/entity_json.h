// The JSON form of the host's entities: written into events and directory answers, and read
// (strictly: unknown fields, wrong types and missing required fields are refused) from the QA
// API's request bodies.
#pragma once

#include <Poco/JSON/Object.h>

#include "host_data/model.h"
#include "host_data/result.h"

namespace host::data {

Poco::JSON::Object::Ptr to_json(const Center& center);
Poco::JSON::Object::Ptr to_json(const Family& family);
Poco::JSON::Object::Ptr to_json(const Adult& adult);
Poco::JSON::Object::Ptr to_json(const Child& child);
Poco::JSON::Object::Ptr to_json(const Contract& contract);
Poco::JSON::Object::Ptr to_json(const Employee& employee);

// Request bodies of creates (the id comes from the database, never from the body).
Result<Center> center_from_json(const Poco::JSON::Object& body);
Result<Family> family_from_json(const Poco::JSON::Object& body);
Result<Adult> adult_from_json(const Poco::JSON::Object& body);
Result<Child> child_from_json(const Poco::JSON::Object& body);
Result<Contract> contract_from_json(const Poco::JSON::Object& body);
Result<Employee> employee_from_json(const Poco::JSON::Object& body);

// Request bodies of partial updates.
Result<AdultPatch> adult_patch_from_json(const Poco::JSON::Object& body);
Result<ContractPatch> contract_patch_from_json(const Poco::JSON::Object& body);
Result<EmployeePatch> employee_patch_from_json(const Poco::JSON::Object& body);

}  // namespace host::data
