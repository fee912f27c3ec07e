#include "kisi/store/assignment_intent_repo.hpp"

#include <Poco/Tuple.h>

#include <string>

namespace kisi::store {

using namespace Poco::Data::Keywords;

namespace {

using Row = Poco::Tuple<std::int64_t, std::int64_t, std::string, std::int64_t, std::int64_t>;

constexpr const char* columns =
    "SELECT kisi_user_id, group_id, person_kind, person_id, started_at FROM assignment_intents ";

std::vector<AssignmentIntent> to_intents(const std::vector<Row>& rows) {
    std::vector<AssignmentIntent> intents;
    for (const Row& r : rows) {
        auto kind = parse_person_kind(r.get<2>());
        if (!kind)
            throw StoreError("assignment_intents holds an unknown person kind '" + r.get<2>() +
                             "'");
        intents.push_back({r.get<0>(), r.get<1>(), {*kind, r.get<3>()}, r.get<4>()});
    }
    return intents;
}

}  // namespace

void AssignmentIntentRepo::begin(const AssignmentIntent& intent) {
    std::string kind(to_string(intent.person.kind));
    db_.run([&](Poco::Data::Session& s) {
        s << "INSERT OR REPLACE INTO assignment_intents (kisi_user_id, group_id, person_kind, "
             "person_id, started_at) VALUES (?, ?, ?, ?, ?)",
            useRef(intent.kisi_user_id), useRef(intent.group_id), useRef(kind),
            useRef(intent.person.id), useRef(intent.started_at), now;
    });
}

std::optional<AssignmentIntent> AssignmentIntentRepo::get(std::int64_t kisi_user_id,
                                                          std::int64_t group_id) {
    std::vector<Row> rows;
    db_.run([&](Poco::Data::Session& s) {
        s << columns << "WHERE kisi_user_id = ? AND group_id = ?", useRef(kisi_user_id),
            useRef(group_id), into(rows), now;
    });
    auto intents = to_intents(rows);
    if (intents.empty()) return std::nullopt;
    return intents.front();
}

std::vector<AssignmentIntent> AssignmentIntentRepo::all() {
    std::vector<Row> rows;
    db_.run([&](Poco::Data::Session& s) {
        s << columns << "ORDER BY kisi_user_id, group_id", into(rows), now;
    });
    return to_intents(rows);
}

void AssignmentIntentRepo::clear(std::int64_t kisi_user_id, std::int64_t group_id) {
    db_.run([&](Poco::Data::Session& s) {
        s << "DELETE FROM assignment_intents WHERE kisi_user_id = ? AND group_id = ?",
            useRef(kisi_user_id), useRef(group_id), now;
    });
}

}  // namespace kisi::store
