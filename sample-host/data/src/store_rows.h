// Reading entities from rows and checking references, inside a unit of work.
#pragma once

#include <optional>
#include <string>

#include <Poco/Data/Session.h>

#include "host_data/model.h"
#include "host_data/result.h"

namespace host::data {

std::optional<Center> find_center(Poco::Data::Session& session, Id id);
std::optional<Family> find_family(Poco::Data::Session& session, Id id);
std::optional<Adult> find_adult(Poco::Data::Session& session, Id id);
std::optional<Child> find_child(Poco::Data::Session& session, Id id);
std::optional<Contract> find_contract(Poco::Data::Session& session, Id id);
std::optional<Employee> find_employee(Poco::Data::Session& session, Id id);

// "<field> <id> does not exist" as an invalid-argument error when the referenced row is absent.
Status check_reference(Poco::Data::Session& session, const char* table, const char* field, Id id);

// The message for an addressed entity (a path id) that does not exist.
Error missing(const char* entity, Id id);

}  // namespace host::data
