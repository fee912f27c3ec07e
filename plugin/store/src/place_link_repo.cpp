#include "kisi/store/place_link_repo.hpp"

#include "nullable.hpp"

#include <Poco/Tuple.h>

namespace kisi::store {

using namespace Poco::Data::Keywords;
using detail::to_nullable;
using detail::to_optional;

namespace {

using Row = Poco::Tuple<std::int64_t, std::int64_t, std::int64_t, Poco::Nullable<std::int64_t>,
                        std::int64_t>;

constexpr const char* columns =
    "SELECT place_id, center_id, parent_group_id, staff_group_id, linked_at FROM place_links ";

std::vector<PlaceLink> to_links(const std::vector<Row>& rows) {
    std::vector<PlaceLink> links;
    for (const Row& r : rows)
        links.push_back({r.get<0>(), r.get<1>(), r.get<2>(), to_optional(r.get<3>()), r.get<4>()});
    return links;
}

// `column` is one of this file's literal column names, never input.
std::vector<PlaceLink> select_by(Database& db, const char* column, std::int64_t key) {
    std::vector<Row> rows;
    db.run([&](Poco::Data::Session& s) {
        s << columns << "WHERE " << column << " = ?", useRef(key), into(rows), now;
    });
    return to_links(rows);
}

std::optional<PlaceLink> first(std::vector<PlaceLink> links) {
    if (links.empty()) return std::nullopt;
    return links.front();
}

}  // namespace

std::vector<PlaceLink> PlaceLinkRepo::all() {
    std::vector<Row> rows;
    db_.run([&](Poco::Data::Session& s) { s << columns << "ORDER BY place_id", into(rows), now; });
    return to_links(rows);
}

std::optional<PlaceLink> PlaceLinkRepo::by_place(std::int64_t place_id) {
    return first(select_by(db_, "place_id", place_id));
}

std::optional<PlaceLink> PlaceLinkRepo::by_center(std::int64_t center_id) {
    return first(select_by(db_, "center_id", center_id));
}

std::optional<std::int64_t> PlaceLinkRepo::save(const PlaceLink& link) {
    return db_.transaction([&](Poco::Data::Session& s) -> std::optional<std::int64_t> {
        if (auto holder = by_center(link.center_id); holder && holder->place_id != link.place_id)
            return holder->place_id;
        s << "INSERT INTO place_links (place_id, center_id, parent_group_id, staff_group_id, "
             "linked_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(place_id) DO UPDATE SET "
             "center_id = excluded.center_id, parent_group_id = excluded.parent_group_id, "
             "staff_group_id = excluded.staff_group_id, linked_at = excluded.linked_at",
            useRef(link.place_id), useRef(link.center_id), useRef(link.parent_group_id),
            bind(to_nullable(link.staff_group_id)), useRef(link.linked_at), now;
        return std::nullopt;
    });
}

void PlaceLinkRepo::remove(std::int64_t place_id) {
    db_.run([&](Poco::Data::Session& s) {
        s << "DELETE FROM place_links WHERE place_id = ?", useRef(place_id), now;
    });
}

}  // namespace kisi::store
