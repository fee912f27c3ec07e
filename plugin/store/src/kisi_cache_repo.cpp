#include "kisi/store/kisi_cache_repo.hpp"

#include "nullable.hpp"

#include <Poco/Tuple.h>

namespace kisi::store {

using namespace Poco::Data::Keywords;
using detail::to_nullable;
using detail::to_optional;
using Poco::Nullable;

namespace {

using PlaceRow = Poco::Tuple<std::int64_t, std::string, Nullable<std::string>, std::int64_t,
                             Nullable<std::int64_t>>;
using GroupRow = Poco::Tuple<std::int64_t, std::string, Nullable<std::int64_t>, std::int64_t,
                             Nullable<std::int64_t>>;
using LockRow =
    Poco::Tuple<std::int64_t, std::string, std::int64_t, std::int64_t, Nullable<std::int64_t>>;

constexpr const char* place_columns = "id, name, time_zone, fetched_at, missing_since";
constexpr const char* group_columns = "id, name, place_id, fetched_at, missing_since";
constexpr const char* lock_columns = "l.id, l.name, l.place_id, l.fetched_at, l.missing_since";

Cached<KisiPlace> to_place(const PlaceRow& r) {
    return {{r.get<0>(), r.get<1>(), to_optional(r.get<2>())}, r.get<3>(), to_optional(r.get<4>())};
}
Cached<KisiGroup> to_group(const GroupRow& r) {
    return {{r.get<0>(), r.get<1>(), to_optional(r.get<2>())}, r.get<3>(), to_optional(r.get<4>())};
}
Cached<KisiLock> to_lock(const LockRow& r) {
    return {{r.get<0>(), r.get<1>(), r.get<2>()}, r.get<3>(), to_optional(r.get<4>())};
}

template <class Out, class Row, class Convert>
std::vector<Out> convert_all(const std::vector<Row>& rows, Convert convert) {
    std::vector<Out> out;
    out.reserve(rows.size());
    for (const Row& row : rows) out.push_back(convert(row));
    return out;
}

template <class T>
std::optional<T> first(std::vector<T> items) {
    if (items.empty()) return std::nullopt;
    return std::move(items.front());
}

void upsert_group(Poco::Data::Session& s, const KisiGroup& g, std::int64_t fetched_at) {
    s << "INSERT INTO kisi_groups (id, name, place_id, fetched_at, missing_since) "
         "VALUES (?, ?, ?, ?, NULL) ON CONFLICT(id) DO UPDATE SET name = excluded.name, "
         "place_id = excluded.place_id, fetched_at = excluded.fetched_at, missing_since = NULL",
        useRef(g.id), useRef(g.name), bind(to_nullable(g.place_id)), useRef(fetched_at), now;
}

void upsert_lock(Poco::Data::Session& s, const KisiLock& l, std::int64_t fetched_at) {
    s << "INSERT INTO kisi_locks (id, name, place_id, fetched_at, missing_since) "
         "VALUES (?, ?, ?, ?, NULL) ON CONFLICT(id) DO UPDATE SET name = excluded.name, "
         "place_id = excluded.place_id, fetched_at = excluded.fetched_at, missing_since = NULL",
        useRef(l.id), useRef(l.name), useRef(l.place_id), useRef(fetched_at), now;
}

void record_group_locks(Poco::Data::Session& s, std::int64_t group_id,
                        const std::vector<std::int64_t>& lock_ids, std::int64_t fetched_at) {
    for (std::int64_t lock_id : lock_ids)
        s << "INSERT OR IGNORE INTO kisi_group_locks (group_id, lock_id, fetched_at) "
             "VALUES (?, ?, ?)",
            useRef(group_id), useRef(lock_id), useRef(fetched_at), now;
    s << "UPDATE kisi_groups SET locks_fetched_at = ? WHERE id = ?", useRef(fetched_at),
        useRef(group_id), now;
}

}  // namespace

void KisiCacheRepo::replace_all(const KisiCatalog& catalog, std::int64_t fetched_at) {
    db_.transaction([&](Poco::Data::Session& s) {
        for (const char* table : {"kisi_places", "kisi_groups", "kisi_locks"})
            s << "UPDATE " << table << " SET missing_since = COALESCE(missing_since, ?)",
                useRef(fetched_at), now;
        for (const KisiPlace& p : catalog.places)
            s << "INSERT INTO kisi_places (id, name, time_zone, fetched_at, missing_since) "
                 "VALUES (?, ?, ?, ?, NULL) ON CONFLICT(id) DO UPDATE SET name = excluded.name, "
                 "time_zone = excluded.time_zone, fetched_at = excluded.fetched_at, "
                 "missing_since = NULL",
                useRef(p.id), useRef(p.name), bind(to_nullable(p.time_zone)), useRef(fetched_at),
                now;
        for (const KisiGroup& g : catalog.groups) upsert_group(s, g, fetched_at);
        for (const KisiLock& l : catalog.locks) upsert_lock(s, l, fetched_at);
        s << "DELETE FROM kisi_group_locks", now;
        s << "UPDATE kisi_groups SET locks_fetched_at = NULL", now;
        for (const auto& [group_id, lock_ids] : catalog.lock_ids_by_group)
            record_group_locks(s, group_id, lock_ids, fetched_at);
        s << "INSERT OR REPLACE INTO kisi_cache_state (id, refreshed_at) VALUES (1, ?)",
            useRef(fetched_at), now;
    });
}

void KisiCacheRepo::put_group(const KisiGroup& group, std::int64_t fetched_at) {
    db_.run([&](Poco::Data::Session& s) { upsert_group(s, group, fetched_at); });
}

void KisiCacheRepo::put_group_locks(std::int64_t group_id, const std::vector<KisiLock>& locks,
                                    std::int64_t fetched_at) {
    db_.transaction([&](Poco::Data::Session& s) {
        std::vector<std::int64_t> lock_ids;
        for (const KisiLock& l : locks) {
            upsert_lock(s, l, fetched_at);
            lock_ids.push_back(l.id);
        }
        s << "DELETE FROM kisi_group_locks WHERE group_id = ?", useRef(group_id), now;
        record_group_locks(s, group_id, lock_ids, fetched_at);
    });
}

std::optional<std::int64_t> KisiCacheRepo::last_refreshed_at() {
    std::vector<std::int64_t> at;
    db_.run([&](Poco::Data::Session& s) {
        s << "SELECT refreshed_at FROM kisi_cache_state WHERE id = 1", into(at), now;
    });
    return first(at);
}

std::vector<Cached<KisiPlace>> KisiCacheRepo::places() {
    std::vector<PlaceRow> rows;
    db_.run([&](Poco::Data::Session& s) {
        s << "SELECT " << place_columns << " FROM kisi_places ORDER BY name, id", into(rows), now;
    });
    return convert_all<Cached<KisiPlace>>(rows, to_place);
}

std::optional<Cached<KisiPlace>> KisiCacheRepo::place(std::int64_t id) {
    std::vector<PlaceRow> rows;
    db_.run([&](Poco::Data::Session& s) {
        s << "SELECT " << place_columns << " FROM kisi_places WHERE id = ?", useRef(id), into(rows),
            now;
    });
    return first(convert_all<Cached<KisiPlace>>(rows, to_place));
}

std::vector<Cached<KisiGroup>> KisiCacheRepo::groups() {
    std::vector<GroupRow> rows;
    db_.run([&](Poco::Data::Session& s) {
        s << "SELECT " << group_columns << " FROM kisi_groups ORDER BY name, id", into(rows), now;
    });
    return convert_all<Cached<KisiGroup>>(rows, to_group);
}

std::optional<Cached<KisiGroup>> KisiCacheRepo::group(std::int64_t id) {
    std::vector<GroupRow> rows;
    db_.run([&](Poco::Data::Session& s) {
        s << "SELECT " << group_columns << " FROM kisi_groups WHERE id = ?", useRef(id), into(rows),
            now;
    });
    return first(convert_all<Cached<KisiGroup>>(rows, to_group));
}

std::vector<Cached<KisiLock>> KisiCacheRepo::locks_of_place(std::int64_t place_id) {
    std::vector<LockRow> rows;
    db_.run([&](Poco::Data::Session& s) {
        s << "SELECT " << lock_columns
          << " FROM kisi_locks l WHERE l.place_id = ? "
             "ORDER BY l.name, l.id",
            useRef(place_id), into(rows), now;
    });
    return convert_all<Cached<KisiLock>>(rows, to_lock);
}

std::optional<Cached<KisiLock>> KisiCacheRepo::lock(std::int64_t id) {
    std::vector<LockRow> rows;
    db_.run([&](Poco::Data::Session& s) {
        s << "SELECT " << lock_columns << " FROM kisi_locks l WHERE l.id = ?", useRef(id),
            into(rows), now;
    });
    return first(convert_all<Cached<KisiLock>>(rows, to_lock));
}

std::vector<Cached<KisiLock>> KisiCacheRepo::locks_of_group(std::int64_t group_id) {
    std::vector<LockRow> rows;
    db_.run([&](Poco::Data::Session& s) {
        s << "SELECT " << lock_columns
          << " FROM kisi_group_locks gl JOIN kisi_locks l ON l.id = gl.lock_id "
             "WHERE gl.group_id = ? AND l.missing_since IS NULL ORDER BY l.name, l.id",
            useRef(group_id), into(rows), now;
    });
    return convert_all<Cached<KisiLock>>(rows, to_lock);
}

bool KisiCacheRepo::group_locks_known(std::int64_t group_id) {
    int known = 0;
    db_.run([&](Poco::Data::Session& s) {
        s << "SELECT EXISTS (SELECT 1 FROM kisi_groups WHERE id = ? AND "
             "locks_fetched_at IS NOT NULL)",
            useRef(group_id), into(known), now;
    });
    return known != 0;
}

}  // namespace kisi::store
