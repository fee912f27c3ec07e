#include "migrations.h"

#include <string>
#include <vector>

#include "host_data/database.h"

namespace host::data {
namespace {

struct Migration {
    int version;
    const char* description;
    std::vector<std::string> statements;
};

// Append only: a released migration is never edited; a change of schema is a new version.
const std::vector<Migration>& migrations() {
    static const std::vector<Migration> all{
        {1,
         "domain tables, outbox, delivery cursors, settings, secrets, app tokens, alerts",
         {
             R"(CREATE TABLE centers(
                 id INTEGER PRIMARY KEY,
                 name TEXT NOT NULL,
                 time_zone TEXT NOT NULL))",
             R"(CREATE TABLE families(
                 id INTEGER PRIMARY KEY,
                 name TEXT NOT NULL))",
             R"(CREATE TABLE adults(
                 id INTEGER PRIMARY KEY,
                 family_id INTEGER NOT NULL REFERENCES families(id),
                 name TEXT NOT NULL,
                 email TEXT NOT NULL,
                 relationship TEXT NOT NULL CHECK(relationship IN ('guardian', 'pickup')),
                 door_access INTEGER NOT NULL,
                 do_not_admit INTEGER NOT NULL))",
             "CREATE INDEX adults_by_family ON adults(family_id)",
             R"(CREATE TABLE children(
                 id INTEGER PRIMARY KEY,
                 family_id INTEGER NOT NULL REFERENCES families(id),
                 name TEXT NOT NULL))",
             "CREATE INDEX children_by_family ON children(family_id)",
             R"(CREATE TABLE contracts(
                 id INTEGER PRIMARY KEY,
                 child_id INTEGER NOT NULL REFERENCES children(id),
                 center_id INTEGER NOT NULL REFERENCES centers(id),
                 start_date TEXT NOT NULL,
                 end_date TEXT,
                 status TEXT NOT NULL CHECK(status IN ('active', 'withdrawn'))))",
             "CREATE INDEX contracts_by_child ON contracts(child_id)",
             "CREATE INDEX contracts_by_center ON contracts(center_id)",
             R"(CREATE TABLE employees(
                 id INTEGER PRIMARY KEY,
                 name TEXT NOT NULL,
                 email TEXT NOT NULL,
                 home_center_id INTEGER NOT NULL REFERENCES centers(id),
                 status TEXT NOT NULL CHECK(status IN ('active', 'terminated'))))",
             // sequence is the per-host event sequence; AUTOINCREMENT never reuses a number.
             R"(CREATE TABLE outbox(
                 sequence INTEGER PRIMARY KEY AUTOINCREMENT,
                 event_id TEXT NOT NULL UNIQUE,
                 type TEXT NOT NULL,
                 occurred_at TEXT NOT NULL,
                 document TEXT NOT NULL))",
             // One row per consuming plugin: events up to delivered_through are acknowledged.
             R"(CREATE TABLE delivery_cursors(
                 plugin_id TEXT PRIMARY KEY,
                 delivered_through INTEGER NOT NULL,
                 failed_attempts INTEGER NOT NULL,
                 last_error TEXT NOT NULL))",
             R"(CREATE TABLE host_settings(
                 key TEXT PRIMARY KEY,
                 value TEXT NOT NULL))",
             R"(CREATE TABLE plugin_settings(
                 plugin_id TEXT PRIMARY KEY,
                 settings_json TEXT NOT NULL))",
             R"(CREATE TABLE secrets(
                 plugin_id TEXT NOT NULL,
                 key TEXT NOT NULL,
                 sealed TEXT NOT NULL,
                 PRIMARY KEY(plugin_id, key)))",
             R"(CREATE TABLE app_tokens(
                 token_hash TEXT PRIMARY KEY,
                 adult_id INTEGER REFERENCES adults(id),
                 employee_id INTEGER REFERENCES employees(id),
                 created_at TEXT NOT NULL,
                 CHECK((adult_id IS NULL) <> (employee_id IS NULL))))",
             R"(CREATE TABLE alerts(
                 id INTEGER PRIMARY KEY,
                 plugin_id TEXT NOT NULL,
                 level INTEGER NOT NULL,
                 message TEXT NOT NULL,
                 raised_at TEXT NOT NULL))",
         }},
    };
    return all;
}

int current_version(Poco::Data::Session& session) {
    execute(session,
            "CREATE TABLE IF NOT EXISTS schema_migrations("
            "version INTEGER PRIMARY KEY, description TEXT NOT NULL)");
    auto rows = select(session, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
    return rows.value(0, 0).convert<int>();
}

}  // namespace

void apply_migrations(Poco::Data::Session& session) {
    const int version = current_version(session);
    for (const auto& migration : migrations()) {
        if (migration.version <= version) continue;
        session.begin();
        try {
            for (const auto& sql : migration.statements) execute(session, sql);
            execute(session, "INSERT INTO schema_migrations(version, description) VALUES(?, ?)",
                    migration.version, std::string(migration.description));
            session.commit();
        } catch (...) {
            session.rollback();
            throw;
        }
    }
}

}  // namespace host::data
