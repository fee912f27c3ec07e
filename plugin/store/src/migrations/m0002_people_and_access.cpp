#include "migration_steps.hpp"

namespace kisi::store::migrations {

// Who is who in Kisi and what the plugin granted them: employee staff groups, the link from a
// host person to their Kisi user, and the ledger of the role assignments the plugin created
// (the only assignments it ever changes or deletes).
void m0002_people_and_access(Poco::Data::Session& session) {
    execute_all(
        session,
        {
            // group_id NULL records an explicit "no staff group" that overrides the center default.
            R"sql(CREATE TABLE staff_group_links (
            employee_id INTEGER PRIMARY KEY,
            group_id INTEGER,
            updated_at INTEGER NOT NULL))sql",
            R"sql(CREATE TABLE user_links (
            person_kind TEXT NOT NULL CHECK (person_kind IN ('adult', 'employee')),
            person_id INTEGER NOT NULL,
            kisi_user_id INTEGER NOT NULL,
            email TEXT NOT NULL,
            created_by_plugin INTEGER NOT NULL,
            login_id INTEGER,
            login_secret_ref TEXT,
            linked_at INTEGER NOT NULL,
            PRIMARY KEY (person_kind, person_id)))sql",
            "CREATE INDEX user_links_by_kisi_user ON user_links(kisi_user_id)",
            R"sql(CREATE TABLE assignment_ledger (
            kisi_assignment_id INTEGER PRIMARY KEY,
            kisi_user_id INTEGER NOT NULL,
            group_id INTEGER NOT NULL,
            person_kind TEXT NOT NULL CHECK (person_kind IN ('adult', 'employee')),
            person_id INTEGER NOT NULL,
            valid_from INTEGER,
            valid_until INTEGER,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL))sql",
            "CREATE INDEX assignment_ledger_by_person ON assignment_ledger(person_kind, person_id)",
            "CREATE INDEX assignment_ledger_by_group ON assignment_ledger(group_id, kisi_user_id)",
        });
}

}  // namespace kisi::store::migrations
