#include "migration_steps.hpp"

namespace kisi::store::migrations {

// Connection state, the cache of Kisi's places, groups and locks, the place <-> center links and
// the access options. The API key itself is never stored here (the host's secret service holds
// it); only what the page shows about it.
void m0001_configuration(Poco::Data::Session& session) {
    execute_all(session, {
                             R"sql(CREATE TABLE connection (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            base_url TEXT NOT NULL,
            organization_id INTEGER,
            organization_name TEXT NOT NULL,
            key_last4 TEXT NOT NULL,
            key_fingerprint TEXT NOT NULL,
            verified_at INTEGER NOT NULL))sql",
                             R"sql(CREATE TABLE kisi_cache_state (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            refreshed_at INTEGER NOT NULL))sql",
                             R"sql(CREATE TABLE kisi_places (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            time_zone TEXT,
            fetched_at INTEGER NOT NULL,
            missing_since INTEGER))sql",
                             R"sql(CREATE TABLE kisi_groups (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            place_id INTEGER,
            fetched_at INTEGER NOT NULL,
            missing_since INTEGER,
            locks_fetched_at INTEGER))sql",
                             R"sql(CREATE TABLE kisi_locks (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            place_id INTEGER NOT NULL,
            fetched_at INTEGER NOT NULL,
            missing_since INTEGER))sql",
                             "CREATE INDEX kisi_locks_by_place ON kisi_locks(place_id)",
                             R"sql(CREATE TABLE kisi_group_locks (
            group_id INTEGER NOT NULL,
            lock_id INTEGER NOT NULL,
            fetched_at INTEGER NOT NULL,
            PRIMARY KEY (group_id, lock_id)))sql",
                             R"sql(CREATE TABLE place_links (
            place_id INTEGER PRIMARY KEY,
            center_id INTEGER NOT NULL UNIQUE,
            parent_group_id INTEGER NOT NULL,
            staff_group_id INTEGER,
            linked_at INTEGER NOT NULL))sql",
                             R"sql(CREATE TABLE options (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            lead_days INTEGER NOT NULL,
            grace_days INTEGER NOT NULL,
            removal_threshold_percent INTEGER NOT NULL,
            removal_threshold_min INTEGER NOT NULL))sql",
                             "INSERT INTO options VALUES (1, 0, 0, 10, 5)",
                         });
}

}  // namespace kisi::store::migrations
