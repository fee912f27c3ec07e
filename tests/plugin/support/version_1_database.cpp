#include "support/version_1_database.hpp"

#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/Session.h>

#include <string>

namespace kisi::test {

using namespace Poco::Data::Keywords;

void write_version_1_database(const std::filesystem::path& file) {
    Poco::Data::SQLite::Connector::registerConnector();
    Poco::Data::Session s("SQLite", file.string());
    for (const char* sql : {
             "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
             "applied_at INTEGER NOT NULL)",
             "INSERT INTO schema_version VALUES (1, 'configuration', 1600000000000)",
             "CREATE TABLE connection (id INTEGER PRIMARY KEY CHECK (id = 1), base_url TEXT NOT "
             "NULL, organization_id INTEGER, organization_name TEXT NOT NULL, key_last4 TEXT NOT "
             "NULL, key_fingerprint TEXT NOT NULL, verified_at INTEGER NOT NULL)",
             "CREATE TABLE kisi_cache_state (id INTEGER PRIMARY KEY CHECK (id = 1), refreshed_at "
             "INTEGER NOT NULL)",
             "CREATE TABLE kisi_places (id INTEGER PRIMARY KEY, name TEXT NOT NULL, time_zone "
             "TEXT, fetched_at INTEGER NOT NULL, missing_since INTEGER)",
             "CREATE TABLE kisi_groups (id INTEGER PRIMARY KEY, name TEXT NOT NULL, place_id "
             "INTEGER, fetched_at INTEGER NOT NULL, missing_since INTEGER, locks_fetched_at "
             "INTEGER)",
             "CREATE TABLE kisi_locks (id INTEGER PRIMARY KEY, name TEXT NOT NULL, place_id "
             "INTEGER NOT NULL, fetched_at INTEGER NOT NULL, missing_since INTEGER)",
             "CREATE INDEX kisi_locks_by_place ON kisi_locks(place_id)",
             "CREATE TABLE kisi_group_locks (group_id INTEGER NOT NULL, lock_id INTEGER NOT "
             "NULL, fetched_at INTEGER NOT NULL, PRIMARY KEY (group_id, lock_id))",
             "CREATE TABLE place_links (place_id INTEGER PRIMARY KEY, center_id INTEGER NOT NULL "
             "UNIQUE, parent_group_id INTEGER NOT NULL, staff_group_id INTEGER, linked_at "
             "INTEGER NOT NULL)",
             "CREATE TABLE options (id INTEGER PRIMARY KEY CHECK (id = 1), lead_days INTEGER NOT "
             "NULL, grace_days INTEGER NOT NULL, removal_threshold_percent INTEGER NOT NULL, "
             "removal_threshold_min INTEGER NOT NULL)",
             // Configuration an admin made under version 1.
             "INSERT INTO options VALUES (1, 3, 2, 20, 7)",
             "INSERT INTO connection VALUES (1, 'http://127.0.0.1:9', 42, 'Little Acorns', "
             "'abcd', 'f00d', 1600000000000)",
             "INSERT INTO kisi_places VALUES (11, 'Maple Street Center', 'America/Chicago', "
             "1600000000000, NULL)",
             "INSERT INTO place_links VALUES (11, 1, 101, 102, 1600000000000)",
         })
        s << std::string(sql), now;
}

}  // namespace kisi::test
