#include "kisi/store/work_queue_repo.hpp"

#include "nullable.hpp"

#include <Poco/Tuple.h>

namespace kisi::store {

using namespace Poco::Data::Keywords;
using detail::to_nullable;
using detail::to_optional;
using Poco::Nullable;

namespace {

using Row = Poco::Tuple<std::int64_t, std::string, std::string, Nullable<std::string>, std::string,
                        int, std::int64_t, Nullable<std::string>, std::int64_t, std::int64_t>;

constexpr const char* columns =
    "SELECT id, kind, payload, dedupe_key, state, attempts, next_attempt_at, last_error, "
    "created_at, updated_at FROM work_queue ";

WorkState parse_state(const std::string& text) {
    for (WorkState s :
         {WorkState::pending, WorkState::in_progress, WorkState::done, WorkState::failed})
        if (to_string(s) == text) return s;
    throw StoreError("work_queue holds an unknown state '" + text + "'");
}

std::vector<WorkItem> to_items(const std::vector<Row>& rows) {
    std::vector<WorkItem> items;
    for (const Row& r : rows)
        items.push_back({r.get<0>(), r.get<1>(), r.get<2>(), to_optional(r.get<3>()),
                         parse_state(r.get<4>()), r.get<5>(), r.get<6>(), to_optional(r.get<7>()),
                         r.get<8>(), r.get<9>()});
    return items;
}

std::optional<WorkItem> first(std::vector<WorkItem> items) {
    if (items.empty()) return std::nullopt;
    return std::move(items.front());
}

}  // namespace

std::string_view to_string(WorkState state) {
    switch (state) {
        case WorkState::pending:
            return "pending";
        case WorkState::in_progress:
            return "in_progress";
        case WorkState::done:
            return "done";
        case WorkState::failed:
            return "failed";
    }
    return "unknown";
}

std::int64_t WorkQueueRepo::enqueue(const NewWorkItem& item, std::int64_t now_ms) {
    std::int64_t id = 0;
    db_.run([&](Poco::Data::Session& s) {
        s << "INSERT INTO work_queue (kind, payload, dedupe_key, state, attempts, "
             "next_attempt_at, created_at, updated_at) VALUES (?, ?, ?, 'pending', 0, ?, ?, ?) "
             "ON CONFLICT(dedupe_key) WHERE state = 'pending' AND dedupe_key IS NOT NULL "
             "DO UPDATE SET kind = excluded.kind, payload = excluded.payload, "
             "next_attempt_at = MIN(next_attempt_at, excluded.next_attempt_at), "
             "updated_at = excluded.updated_at RETURNING id",
            useRef(item.kind), useRef(item.payload), bind(to_nullable(item.dedupe_key)),
            useRef(item.not_before), useRef(now_ms), useRef(now_ms), into(id), now;
    });
    return id;
}

std::optional<WorkItem> WorkQueueRepo::claim_next(std::int64_t now_ms) {
    return db_.transaction([&](Poco::Data::Session& s) -> std::optional<WorkItem> {
        std::vector<Row> rows;
        s << columns
          << "WHERE state = 'pending' AND next_attempt_at <= ? "
             "ORDER BY next_attempt_at, id LIMIT 1",
            useRef(now_ms), into(rows), now;
        auto item = first(to_items(rows));
        if (!item) return std::nullopt;
        s << "UPDATE work_queue SET state = 'in_progress', attempts = attempts + 1, "
             "updated_at = ? WHERE id = ?",
            useRef(now_ms), useRef(item->id), now;
        item->state = WorkState::in_progress;
        item->attempts += 1;
        item->updated_at = now_ms;
        return item;
    });
}

void WorkQueueRepo::complete(std::int64_t id, std::int64_t now_ms) {
    db_.run([&](Poco::Data::Session& s) {
        s << "UPDATE work_queue SET state = 'done', last_error = NULL, updated_at = ? "
             "WHERE id = ?",
            useRef(now_ms), useRef(id), now;
    });
}

void WorkQueueRepo::retry_later(std::int64_t id, std::int64_t next_attempt_at,
                                const std::string& error, std::int64_t now_ms) {
    db_.transaction([&](Poco::Data::Session& s) {
        // A newer request with the same key may have been queued meanwhile; it supersedes this.
        int superseded = 0;
        s << "SELECT EXISTS (SELECT 1 FROM work_queue p JOIN work_queue me ON me.id = ? "
             "WHERE p.state = 'pending' AND p.dedupe_key = me.dedupe_key)",
            useRef(id), into(superseded), now;
        if (superseded)
            s << "UPDATE work_queue SET state = 'done', last_error = ?, updated_at = ? "
                 "WHERE id = ?",
                useRef(error), useRef(now_ms), useRef(id), now;
        else
            s << "UPDATE work_queue SET state = 'pending', next_attempt_at = ?, last_error = ?, "
                 "updated_at = ? WHERE id = ?",
                useRef(next_attempt_at), useRef(error), useRef(now_ms), useRef(id), now;
    });
}

void WorkQueueRepo::fail(std::int64_t id, const std::string& error, std::int64_t now_ms) {
    db_.run([&](Poco::Data::Session& s) {
        s << "UPDATE work_queue SET state = 'failed', last_error = ?, updated_at = ? WHERE id = ?",
            useRef(error), useRef(now_ms), useRef(id), now;
    });
}

std::int64_t WorkQueueRepo::requeue_in_progress(std::int64_t now_ms) {
    return db_.transaction([&](Poco::Data::Session& s) -> std::int64_t {
        // Where a newer pending item has the same key it supersedes the interrupted one.
        Poco::Data::Statement superseded(s);
        superseded << "UPDATE work_queue SET state = 'done', updated_at = ? "
                      "WHERE state = 'in_progress' AND dedupe_key IN "
                      "(SELECT dedupe_key FROM work_queue WHERE state = 'pending' "
                      "AND dedupe_key IS NOT NULL)",
            useRef(now_ms);
        superseded.execute();
        Poco::Data::Statement requeue(s);
        requeue << "UPDATE work_queue SET state = 'pending', updated_at = ? "
                   "WHERE state = 'in_progress'",
            useRef(now_ms);
        return static_cast<std::int64_t>(requeue.execute());
    });
}

std::int64_t WorkQueueRepo::purge_done(std::int64_t before_ms) {
    return db_.run([&](Poco::Data::Session& s) -> std::int64_t {
        Poco::Data::Statement purge(s);
        purge << "DELETE FROM work_queue WHERE state = 'done' AND updated_at < ?",
            useRef(before_ms);
        return static_cast<std::int64_t>(purge.execute());
    });
}

std::optional<WorkItem> WorkQueueRepo::get(std::int64_t id) {
    std::vector<Row> rows;
    db_.run([&](Poco::Data::Session& s) {
        s << columns << "WHERE id = ?", useRef(id), into(rows), now;
    });
    return first(to_items(rows));
}

std::optional<WorkItem> WorkQueueRepo::latest_for_key(const std::string& dedupe_key) {
    std::vector<Row> rows;
    db_.run([&](Poco::Data::Session& s) {
        s << columns << "WHERE dedupe_key = ? ORDER BY id DESC LIMIT 1", useRef(dedupe_key),
            into(rows), now;
    });
    return first(to_items(rows));
}

std::vector<WorkItem> WorkQueueRepo::in_state(WorkState state, std::size_t limit) {
    std::vector<Row> rows;
    std::string text(to_string(state));
    auto max_rows = static_cast<std::int64_t>(limit);
    db_.run([&](Poco::Data::Session& s) {
        s << columns << "WHERE state = ? ORDER BY id LIMIT ?", useRef(text), useRef(max_rows),
            into(rows), now;
    });
    return to_items(rows);
}

std::int64_t WorkQueueRepo::count(WorkState state) {
    std::int64_t n = 0;
    std::string text(to_string(state));
    db_.run([&](Poco::Data::Session& s) {
        s << "SELECT COUNT(*) FROM work_queue WHERE state = ?", useRef(text), into(n), now;
    });
    return n;
}

std::int64_t WorkQueueRepo::count_outstanding(std::int64_t now_ms,
                                              const std::string& scheduled_kind) {
    std::int64_t n = 0;
    db_.run([&](Poco::Data::Session& s) {
        s << "SELECT COUNT(*) FROM work_queue WHERE state = 'in_progress' OR (state = 'pending' "
             "AND (kind <> ? OR next_attempt_at <= ?))",
            useRef(scheduled_kind), useRef(now_ms), into(n), now;
    });
    return n;
}

std::optional<std::int64_t> WorkQueueRepo::next_due_at() {
    std::vector<std::int64_t> at;
    db_.run([&](Poco::Data::Session& s) {
        s << "SELECT MIN(next_attempt_at) FROM work_queue WHERE state = 'pending' "
             "HAVING COUNT(*) > 0",
            into(at), now;
    });
    if (at.empty()) return std::nullopt;
    return at.front();
}

}  // namespace kisi::store
