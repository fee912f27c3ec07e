#include "kisi/store/staff_group_repo.hpp"

#include "nullable.hpp"

#include <Poco/Tuple.h>

namespace kisi::store {

using namespace Poco::Data::Keywords;
using detail::to_nullable;
using detail::to_optional;

namespace {

using Row = Poco::Tuple<std::int64_t, Poco::Nullable<std::int64_t>, std::int64_t>;

std::vector<StaffGroupLink> to_links(const std::vector<Row>& rows) {
    std::vector<StaffGroupLink> links;
    for (const Row& r : rows) links.push_back({r.get<0>(), to_optional(r.get<1>()), r.get<2>()});
    return links;
}

}  // namespace

std::optional<StaffGroupLink> StaffGroupRepo::get(std::int64_t employee_id) {
    std::vector<Row> rows;
    db_.run([&](Poco::Data::Session& s) {
        s << "SELECT employee_id, group_id, updated_at FROM staff_group_links "
             "WHERE employee_id = ?",
            useRef(employee_id), into(rows), now;
    });
    if (rows.empty()) return std::nullopt;
    return to_links(rows).front();
}

std::vector<StaffGroupLink> StaffGroupRepo::all() {
    std::vector<Row> rows;
    db_.run([&](Poco::Data::Session& s) {
        s << "SELECT employee_id, group_id, updated_at FROM staff_group_links "
             "ORDER BY employee_id",
            into(rows), now;
    });
    return to_links(rows);
}

void StaffGroupRepo::set(const StaffGroupLink& link) {
    db_.run([&](Poco::Data::Session& s) {
        s << "INSERT INTO staff_group_links (employee_id, group_id, updated_at) VALUES (?, ?, ?) "
             "ON CONFLICT(employee_id) DO UPDATE SET group_id = excluded.group_id, "
             "updated_at = excluded.updated_at",
            useRef(link.employee_id), bind(to_nullable(link.group_id)), useRef(link.updated_at),
            now;
    });
}

void StaffGroupRepo::remove(std::int64_t employee_id) {
    db_.run([&](Poco::Data::Session& s) {
        s << "DELETE FROM staff_group_links WHERE employee_id = ?", useRef(employee_id), now;
    });
}

}  // namespace kisi::store
