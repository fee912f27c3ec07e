#include "kisi/store/assignment_ledger_repo.hpp"

#include "nullable.hpp"

#include <Poco/Tuple.h>

#include <string>

namespace kisi::store {

using namespace Poco::Data::Keywords;
using detail::to_nullable;
using detail::to_optional;
using Poco::Nullable;

namespace {

using Row = Poco::Tuple<std::int64_t, std::int64_t, std::int64_t, std::string, std::int64_t,
                        Nullable<std::int64_t>, Nullable<std::int64_t>, std::int64_t, std::int64_t>;

constexpr const char* columns =
    "SELECT kisi_assignment_id, kisi_user_id, group_id, person_kind, person_id, valid_from, "
    "valid_until, created_at, updated_at FROM assignment_ledger ";

std::vector<LedgerEntry> to_entries(const std::vector<Row>& rows) {
    std::vector<LedgerEntry> entries;
    for (const Row& r : rows) {
        auto kind = parse_person_kind(r.get<3>());
        if (!kind)
            throw StoreError("assignment_ledger holds an unknown person kind '" + r.get<3>() + "'");
        entries.push_back({r.get<0>(),
                           r.get<1>(),
                           r.get<2>(),
                           {*kind, r.get<4>()},
                           to_optional(r.get<5>()),
                           to_optional(r.get<6>()),
                           r.get<7>(),
                           r.get<8>()});
    }
    return entries;
}

}  // namespace

void AssignmentLedgerRepo::record(const LedgerEntry& e) {
    std::string kind(to_string(e.person.kind));
    db_.run([&](Poco::Data::Session& s) {
        s << "INSERT OR REPLACE INTO assignment_ledger (kisi_assignment_id, kisi_user_id, "
             "group_id, person_kind, person_id, valid_from, valid_until, created_at, updated_at) "
             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            useRef(e.kisi_assignment_id), useRef(e.kisi_user_id), useRef(e.group_id), useRef(kind),
            useRef(e.person.id), bind(to_nullable(e.valid_from)), bind(to_nullable(e.valid_until)),
            useRef(e.created_at), useRef(e.updated_at), now;
    });
}

void AssignmentLedgerRepo::update_validity(std::int64_t kisi_assignment_id,
                                           std::optional<std::int64_t> valid_from,
                                           std::optional<std::int64_t> valid_until,
                                           std::int64_t updated_at) {
    db_.run([&](Poco::Data::Session& s) {
        s << "UPDATE assignment_ledger SET valid_from = ?, valid_until = ?, updated_at = ? "
             "WHERE kisi_assignment_id = ?",
            bind(to_nullable(valid_from)), bind(to_nullable(valid_until)), useRef(updated_at),
            useRef(kisi_assignment_id), now;
    });
}

void AssignmentLedgerRepo::remove(std::int64_t kisi_assignment_id) {
    db_.run([&](Poco::Data::Session& s) {
        s << "DELETE FROM assignment_ledger WHERE kisi_assignment_id = ?",
            useRef(kisi_assignment_id), now;
    });
}

std::optional<LedgerEntry> AssignmentLedgerRepo::get(std::int64_t kisi_assignment_id) {
    std::vector<Row> rows;
    db_.run([&](Poco::Data::Session& s) {
        s << columns << "WHERE kisi_assignment_id = ?", useRef(kisi_assignment_id), into(rows), now;
    });
    if (rows.empty()) return std::nullopt;
    return to_entries(rows).front();
}

std::vector<LedgerEntry> AssignmentLedgerRepo::for_person(const PersonRef& person) {
    std::vector<Row> rows;
    std::string kind(to_string(person.kind));
    db_.run([&](Poco::Data::Session& s) {
        s << columns << "WHERE person_kind = ? AND person_id = ? ORDER BY group_id", useRef(kind),
            useRef(person.id), into(rows), now;
    });
    return to_entries(rows);
}

std::vector<LedgerEntry> AssignmentLedgerRepo::valid_for_person(const PersonRef& person,
                                                                std::int64_t at_ms) {
    std::vector<Row> rows;
    std::string kind(to_string(person.kind));
    db_.run([&](Poco::Data::Session& s) {
        s << columns
          << "WHERE person_kind = ? AND person_id = ? AND (valid_from IS NULL OR valid_from <= ?) "
             "AND (valid_until IS NULL OR ? < valid_until) ORDER BY group_id",
            useRef(kind), useRef(person.id), useRef(at_ms), useRef(at_ms), into(rows), now;
    });
    return to_entries(rows);
}

std::vector<LedgerEntry> AssignmentLedgerRepo::for_group(std::int64_t group_id) {
    std::vector<Row> rows;
    db_.run([&](Poco::Data::Session& s) {
        s << columns << "WHERE group_id = ? ORDER BY kisi_user_id", useRef(group_id), into(rows),
            now;
    });
    return to_entries(rows);
}

std::vector<LedgerEntry> AssignmentLedgerRepo::all() {
    std::vector<Row> rows;
    db_.run([&](Poco::Data::Session& s) {
        s << columns << "ORDER BY kisi_assignment_id", into(rows), now;
    });
    return to_entries(rows);
}

std::int64_t AssignmentLedgerRepo::count() {
    std::int64_t n = 0;
    db_.run([&](Poco::Data::Session& s) {
        s << "SELECT COUNT(*) FROM assignment_ledger", into(n), now;
    });
    return n;
}

}  // namespace kisi::store
