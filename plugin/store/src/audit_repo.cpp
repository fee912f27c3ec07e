#include "kisi/store/audit_repo.hpp"

#include "nullable.hpp"

#include <Poco/Tuple.h>

namespace kisi::store {

using namespace Poco::Data::Keywords;
using detail::to_nullable;
using detail::to_optional;
using Poco::Nullable;

namespace {

using Row = Poco::Tuple<std::int64_t, std::int64_t, std::string, std::string, Nullable<std::string>,
                        Nullable<std::int64_t>, Nullable<std::string>, Nullable<std::string>,
                        std::string, Nullable<std::string>>;

constexpr const char* columns =
    "SELECT id, at, actor, action, subject_kind, subject_id, target, reason, result, message "
    "FROM audit_log ";

AuditResult parse_result(const std::string& text) {
    for (AuditResult r : {AuditResult::ok, AuditResult::refused, AuditResult::failed})
        if (to_string(r) == text) return r;
    throw StoreError("audit_log holds an unknown result '" + text + "'");
}

std::vector<AuditEntry> to_entries(const std::vector<Row>& rows) {
    std::vector<AuditEntry> entries;
    for (const Row& r : rows) {
        std::optional<PersonRef> subject;
        if (!r.get<4>().isNull() && !r.get<5>().isNull())
            if (auto kind = parse_person_kind(r.get<4>().value()))
                subject = PersonRef{*kind, r.get<5>().value()};
        entries.push_back({r.get<0>(), r.get<1>(), r.get<2>(), r.get<3>(), subject,
                           to_optional(r.get<6>()), to_optional(r.get<7>()),
                           parse_result(r.get<8>()), to_optional(r.get<9>())});
    }
    return entries;
}

}  // namespace

std::string_view to_string(AuditResult result) {
    switch (result) {
        case AuditResult::ok:
            return "ok";
        case AuditResult::refused:
            return "refused";
        case AuditResult::failed:
            return "failed";
    }
    return "unknown";
}

std::int64_t AuditRepo::append(const AuditEntry& e) {
    Nullable<std::string> subject_kind;
    Nullable<std::int64_t> subject_id;
    if (e.subject) {
        subject_kind = std::string(to_string(e.subject->kind));
        subject_id = e.subject->id;
    }
    std::string result(to_string(e.result));
    std::int64_t id = 0;
    db_.run([&](Poco::Data::Session& s) {
        s << "INSERT INTO audit_log (at, actor, action, subject_kind, subject_id, target, reason, "
             "result, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            useRef(e.at), useRef(e.actor), useRef(e.action), useRef(subject_kind),
            useRef(subject_id), bind(to_nullable(e.target)), bind(to_nullable(e.reason)),
            useRef(result), bind(to_nullable(e.message)), into(id), now;
    });
    return id;
}

std::vector<AuditEntry> AuditRepo::recent(std::size_t limit) {
    std::vector<Row> rows;
    auto max_rows = static_cast<std::int64_t>(limit);
    db_.run([&](Poco::Data::Session& s) {
        s << columns << "ORDER BY id DESC LIMIT ?", useRef(max_rows), into(rows), now;
    });
    return to_entries(rows);
}

std::vector<AuditEntry> AuditRepo::for_subject(const PersonRef& subject, std::size_t limit) {
    std::vector<Row> rows;
    std::string kind(to_string(subject.kind));
    auto max_rows = static_cast<std::int64_t>(limit);
    db_.run([&](Poco::Data::Session& s) {
        s << columns << "WHERE subject_kind = ? AND subject_id = ? ORDER BY id DESC LIMIT ?",
            useRef(kind), useRef(subject.id), useRef(max_rows), into(rows), now;
    });
    return to_entries(rows);
}

std::optional<AuditEntry> AuditRepo::latest(const std::string& action, const std::string& target) {
    std::vector<Row> rows;
    db_.run([&](Poco::Data::Session& s) {
        s << columns << "WHERE target = ? AND action = ? ORDER BY id DESC LIMIT 1", useRef(target),
            useRef(action), into(rows), now;
    });
    if (rows.empty()) return std::nullopt;
    return to_entries(rows).front();
}

}  // namespace kisi::store
