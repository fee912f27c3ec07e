// Field rules of the host's entities, with messages an administrator can act on. Checks that
// need the database (referenced ids exist) live in the store.
#pragma once

#include <string>

#include "host_data/model.h"
#include "host_data/result.h"

namespace host::data {

Status check_not_blank(const char* field, const std::string& value);
Status check_email(const std::string& email);
Status check_time_zone(const std::string& time_zone);
Status check_date(const char* field, const std::string& value);
Status check_one_of(const char* field, const std::string& value,
                    std::initializer_list<const char*> allowed);

// Whole-entity rules (every field on its own, and the contract's end after its start).
Status validate(const Center& center);
Status validate(const Family& family);
Status validate(const Adult& adult);
Status validate(const Child& child);
Status validate(const Contract& contract);
Status validate(const Employee& employee);

}  // namespace host::data
