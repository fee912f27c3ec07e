#include "kisi/store/connection_repo.hpp"

#include "nullable.hpp"

#include <Poco/Tuple.h>

#include <vector>

namespace kisi::store {

using namespace Poco::Data::Keywords;
using detail::to_nullable;
using detail::to_optional;

std::optional<Connection> ConnectionRepo::get() {
    std::vector<Poco::Tuple<std::string, Poco::Nullable<std::int64_t>, std::string, std::string,
                            std::string, std::int64_t>>
        rows;
    db_.run([&](Poco::Data::Session& s) {
        s << "SELECT base_url, organization_id, organization_name, key_last4, key_fingerprint, "
             "verified_at FROM connection WHERE id = 1",
            into(rows), now;
    });
    if (rows.empty()) return std::nullopt;
    const auto& r = rows.front();
    return Connection{r.get<0>(), to_optional(r.get<1>()), r.get<2>(), r.get<3>(), r.get<4>(),
                      r.get<5>()};
}

void ConnectionRepo::save(const Connection& c) {
    db_.run([&](Poco::Data::Session& s) {
        s << "INSERT INTO connection (id, base_url, organization_id, organization_name, "
             "key_last4, key_fingerprint, verified_at) VALUES (1, ?, ?, ?, ?, ?, ?) "
             "ON CONFLICT(id) DO UPDATE SET base_url = excluded.base_url, "
             "organization_id = excluded.organization_id, "
             "organization_name = excluded.organization_name, key_last4 = excluded.key_last4, "
             "key_fingerprint = excluded.key_fingerprint, verified_at = excluded.verified_at",
            useRef(c.base_url), bind(to_nullable(c.organization_id)), useRef(c.organization_name),
            useRef(c.key_last4), useRef(c.key_fingerprint), useRef(c.verified_at), now;
    });
}

void ConnectionRepo::clear() {
    db_.run([](Poco::Data::Session& s) { s << "DELETE FROM connection", now; });
}

}  // namespace kisi::store
