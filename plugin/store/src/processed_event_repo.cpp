#include "kisi/store/processed_event_repo.hpp"

namespace kisi::store {

using namespace Poco::Data::Keywords;

bool ProcessedEventRepo::remember(const std::string& event_id, std::int64_t now_ms) {
    return db_.run([&](Poco::Data::Session& s) {
        Poco::Data::Statement insert(s);
        insert << "INSERT OR IGNORE INTO processed_events (event_id, recorded_at) VALUES (?, ?)",
            useRef(event_id), useRef(now_ms);
        return insert.execute() == 1;
    });
}

bool ProcessedEventRepo::seen(const std::string& event_id) {
    int found = 0;
    db_.run([&](Poco::Data::Session& s) {
        s << "SELECT EXISTS (SELECT 1 FROM processed_events WHERE event_id = ?)", useRef(event_id),
            into(found), now;
    });
    return found != 0;
}

std::int64_t ProcessedEventRepo::forget_before(std::int64_t before_ms) {
    return db_.run([&](Poco::Data::Session& s) -> std::int64_t {
        Poco::Data::Statement purge(s);
        purge << "DELETE FROM processed_events WHERE recorded_at < ?", useRef(before_ms);
        return static_cast<std::int64_t>(purge.execute());
    });
}

}  // namespace kisi::store
