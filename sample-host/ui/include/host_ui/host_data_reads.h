#pragma once

#include <Poco/Dynamic/Var.h>

#include <memory>

#include "host_data/database.h"
#include "host_data/result.h"
#include "host_data/store.h"

namespace host::ui {

// The host data the admin pages show, as JSON with the field names of DESIGN section 5:
// centers, families with their adults, children and contracts, employees.
class HostDataReads {
  public:
    HostDataReads(std::shared_ptr<host::data::Database> database,
                  std::shared_ptr<host::data::Store> store);

    host::data::Result<Poco::Dynamic::Var> centers();
    // Every family with its members: [{id, name, adults:[], children:[], contracts:[]}].
    host::data::Result<Poco::Dynamic::Var> families();
    host::data::Result<Poco::Dynamic::Var> family(host::data::Id id);
    host::data::Result<Poco::Dynamic::Var> employees();
    host::data::Result<Poco::Dynamic::Var> employee(host::data::Id id);

  private:
    using Ids = std::vector<host::data::Id>;
    host::data::Result<Ids> ids(const std::string& sql, std::optional<host::data::Id> parent = {});
    host::data::Result<Poco::Dynamic::Var> familyWithMembers(const host::data::Family& family);

    std::shared_ptr<host::data::Database> database_;
    std::shared_ptr<host::data::Store> store_;
};

}  // namespace host::ui
