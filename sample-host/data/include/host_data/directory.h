// The directory: the truth about people and their contract windows that plugins converge to
// (host-api/schemas/directory.schema.json). Read-only; answers JSON documents.
//
// Queries and answers:
//   {"query":"centers"}                              -> {"centers":[center]}
//   {"query":"center_entitlements","center_id":N}    -> {"center":center,"adults":[adult facts]}
//       (the adults of every family with a contract at the center; their "centers" list holds
//        only that center)
//   {"query":"adult","adult_id":N}                   -> {"adult":adult facts}
//   {"query":"adults_by_contract","contract_id":N}   -> {"contract":contract,"adults":[facts]}
//   {"query":"adults"}                               -> {"adults":[facts of adults with
//   door_access]}
//   {"query":"employee","employee_id":N}             -> {"employee":employee}
//   {"query":"employees"}                            -> {"employees":[employee]}
// adult facts = the adult's fields plus "centers":[{"center_id","time_zone","contracts":
//   [{"id","start_date","end_date","status"}]}] over the contracts of the family's children.
// Child names never leave the host.
#pragma once

#include <memory>
#include <string>

#include <Poco/JSON/Object.h>

#include "host_data/database.h"
#include "host_data/result.h"

namespace host::data {

class Directory {
  public:
    explicit Directory(std::shared_ptr<Database> database);

    // invalid_argument for a malformed or unknown query, not_found for an unknown id.
    Result<Poco::JSON::Object::Ptr> query(const Poco::JSON::Object& request);
    // The same over JSON text.
    Result<std::string> query(const std::string& request_json);

  private:
    std::shared_ptr<Database> database_;
};

}  // namespace host::data
