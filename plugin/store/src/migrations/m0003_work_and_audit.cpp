#include "migration_steps.hpp"

namespace kisi::store::migrations {

// The durable work queue of the sync engine, the ids of host events already recorded, and the
// audit log of every change made in Kisi and every unlock.
void m0003_work_and_audit(Poco::Data::Session& session) {
    execute_all(
        session,
        {
            R"sql(CREATE TABLE work_queue (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL,
            payload TEXT NOT NULL,
            dedupe_key TEXT,
            state TEXT NOT NULL CHECK (state IN ('pending', 'in_progress', 'done', 'failed')),
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at INTEGER NOT NULL,
            last_error TEXT,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL))sql",
            // At most one pending item per dedupe key: a newer request replaces the queued one.
            R"sql(CREATE UNIQUE INDEX work_queue_pending_key ON work_queue(dedupe_key)
            WHERE state = 'pending' AND dedupe_key IS NOT NULL)sql",
            "CREATE INDEX work_queue_due ON work_queue(state, next_attempt_at, id)",
            "CREATE INDEX work_queue_by_key ON work_queue(dedupe_key, id)",
            R"sql(CREATE TABLE processed_events (
            event_id TEXT PRIMARY KEY,
            recorded_at INTEGER NOT NULL))sql",
            R"sql(CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at INTEGER NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            subject_kind TEXT CHECK (subject_kind IN ('adult', 'employee')),
            subject_id INTEGER,
            target TEXT,
            reason TEXT,
            result TEXT NOT NULL CHECK (result IN ('ok', 'refused', 'failed')),
            message TEXT))sql",
            "CREATE INDEX audit_log_by_subject ON audit_log(subject_kind, subject_id, id)",
            "CREATE INDEX audit_log_by_target ON audit_log(target, action, id)",
        });
}

}  // namespace kisi::store::migrations
