#include "kisi/store/user_link_repo.hpp"

#include "nullable.hpp"

#include <Poco/Tuple.h>

namespace kisi::store {

using namespace Poco::Data::Keywords;
using detail::to_nullable;
using detail::to_optional;
using Poco::Nullable;

namespace {

using Row = Poco::Tuple<std::string, std::int64_t, std::int64_t, std::string, int,
                        Nullable<std::int64_t>, Nullable<std::string>, std::int64_t>;

constexpr const char* columns =
    "SELECT person_kind, person_id, kisi_user_id, email, created_by_plugin, login_id, "
    "login_secret_ref, linked_at FROM user_links ";

std::vector<UserLink> to_links(const std::vector<Row>& rows) {
    std::vector<UserLink> links;
    for (const Row& r : rows) {
        auto kind = parse_person_kind(r.get<0>());
        if (!kind) throw StoreError("user_links holds an unknown person kind '" + r.get<0>() + "'");
        links.push_back({{*kind, r.get<1>()},
                         r.get<2>(),
                         r.get<3>(),
                         r.get<4>() != 0,
                         to_optional(r.get<5>()),
                         to_optional(r.get<6>()),
                         r.get<7>()});
    }
    return links;
}

}  // namespace

std::optional<UserLink> UserLinkRepo::get(const PersonRef& person) {
    std::vector<Row> rows;
    std::string kind(to_string(person.kind));
    db_.run([&](Poco::Data::Session& s) {
        s << columns << "WHERE person_kind = ? AND person_id = ?", useRef(kind), useRef(person.id),
            into(rows), now;
    });
    if (rows.empty()) return std::nullopt;
    return to_links(rows).front();
}

std::vector<UserLink> UserLinkRepo::by_kisi_user(std::int64_t kisi_user_id) {
    std::vector<Row> rows;
    db_.run([&](Poco::Data::Session& s) {
        s << columns << "WHERE kisi_user_id = ? ORDER BY person_kind, person_id",
            useRef(kisi_user_id), into(rows), now;
    });
    return to_links(rows);
}

std::vector<UserLink> UserLinkRepo::all() {
    std::vector<Row> rows;
    db_.run([&](Poco::Data::Session& s) {
        s << columns << "ORDER BY person_kind, person_id", into(rows), now;
    });
    return to_links(rows);
}

void UserLinkRepo::save(const UserLink& link) {
    std::string kind(to_string(link.person.kind));
    int created_by_plugin = link.created_by_plugin ? 1 : 0;
    db_.run([&](Poco::Data::Session& s) {
        s << "INSERT INTO user_links (person_kind, person_id, kisi_user_id, email, "
             "created_by_plugin, login_id, login_secret_ref, linked_at) "
             "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(person_kind, person_id) DO UPDATE SET "
             "kisi_user_id = excluded.kisi_user_id, email = excluded.email, "
             "created_by_plugin = excluded.created_by_plugin, login_id = excluded.login_id, "
             "login_secret_ref = excluded.login_secret_ref, linked_at = excluded.linked_at",
            useRef(kind), useRef(link.person.id), useRef(link.kisi_user_id), useRef(link.email),
            useRef(created_by_plugin), bind(to_nullable(link.login_id)),
            bind(to_nullable(link.login_secret_ref)), useRef(link.linked_at), now;
    });
}

void UserLinkRepo::set_login(const PersonRef& person, std::int64_t login_id,
                             const std::string& login_secret_ref) {
    std::string kind(to_string(person.kind));
    db_.run([&](Poco::Data::Session& s) {
        s << "UPDATE user_links SET login_id = ?, login_secret_ref = ? "
             "WHERE person_kind = ? AND person_id = ?",
            useRef(login_id), useRef(login_secret_ref), useRef(kind), useRef(person.id), now;
    });
}

void UserLinkRepo::clear_login(const PersonRef& person) {
    std::string kind(to_string(person.kind));
    db_.run([&](Poco::Data::Session& s) {
        s << "UPDATE user_links SET login_id = NULL, login_secret_ref = NULL "
             "WHERE person_kind = ? AND person_id = ?",
            useRef(kind), useRef(person.id), now;
    });
}

void UserLinkRepo::remove(const PersonRef& person) {
    std::string kind(to_string(person.kind));
    db_.run([&](Poco::Data::Session& s) {
        s << "DELETE FROM user_links WHERE person_kind = ? AND person_id = ?", useRef(kind),
            useRef(person.id), now;
    });
}

}  // namespace kisi::store
