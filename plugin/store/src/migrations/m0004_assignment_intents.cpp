#include "migration_steps.hpp"

namespace kisi::store::migrations {

// Role assignments the sync engine is about to create. Written before the request to Kisi and
// removed together with the ledger record of the result, so that after a crash between the two
// the engine recognises the assignment it made (and adopts it) instead of mistaking it for one
// an admin added by hand.
void m0004_assignment_intents(Poco::Data::Session& session) {
    execute_all(session, {
                             R"sql(CREATE TABLE assignment_intents (
            kisi_user_id INTEGER NOT NULL,
            group_id INTEGER NOT NULL,
            person_kind TEXT NOT NULL CHECK (person_kind IN ('adult', 'employee')),
            person_id INTEGER NOT NULL,
            started_at INTEGER NOT NULL,
            PRIMARY KEY (kisi_user_id, group_id)))sql",
                         });
}

}  // namespace kisi::store::migrations
