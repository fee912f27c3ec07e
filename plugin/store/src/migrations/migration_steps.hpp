#pragma once

#include <Poco/Data/Session.h>

#include <initializer_list>
#include <string_view>

// The numbered schema steps. Each runs inside the transaction that records its version; a step
// is never edited once released: a change to the schema is a new step.
namespace kisi::store::migrations {

void m0001_configuration(Poco::Data::Session& session);
void m0002_people_and_access(Poco::Data::Session& session);
void m0003_work_and_audit(Poco::Data::Session& session);
void m0004_assignment_intents(Poco::Data::Session& session);

inline void execute_all(Poco::Data::Session& session, std::initializer_list<std::string_view> sql) {
    using namespace Poco::Data::Keywords;
    for (std::string_view statement : sql) session << std::string(statement), now;
}

}  // namespace kisi::store::migrations
