#include "kisi/store/migrations.hpp"

#include "migration_steps.hpp"

#include <array>
#include <string>

namespace kisi::store {

using namespace Poco::Data::Keywords;

namespace {

struct Step {
    int version;
    const char* name;
    void (*apply)(Poco::Data::Session&);
};

// Append-only: a new schema change is a new step with the next number.
constexpr std::array steps{
    Step{1, "configuration", migrations::m0001_configuration},
    Step{2, "people_and_access", migrations::m0002_people_and_access},
    Step{3, "work_and_audit", migrations::m0003_work_and_audit},
    Step{4, "assignment_intents", migrations::m0004_assignment_intents},
};

constexpr bool numbered_in_order() {
    for (std::size_t i = 0; i < steps.size(); ++i)
        if (steps[i].version != static_cast<int>(i) + 1) return false;
    return true;
}
static_assert(numbered_in_order(), "migration steps must be numbered 1, 2, 3, ... in order");

int read_version(Poco::Data::Session& session) {
    session << R"sql(CREATE TABLE IF NOT EXISTS schema_version (
                     version INTEGER PRIMARY KEY,
                     name TEXT NOT NULL,
                     applied_at INTEGER NOT NULL))sql",
        now;
    int version = 0;
    session << "SELECT COALESCE(MAX(version), 0) FROM schema_version", into(version), now;
    return version;
}

}  // namespace

int latest_schema_version() {
    return steps.back().version;
}

int current_schema_version(Database& db) {
    return db.transaction([](Poco::Data::Session& session) { return read_version(session); });
}

MigrationReport migrate(Database& db, std::int64_t now_ms) {
    MigrationReport report;
    report.from_version = current_schema_version(db);
    if (report.from_version > latest_schema_version())
        throw StoreError(
            "the plugin database " + db.file().string() + " has schema version " +
            std::to_string(report.from_version) + ", newer than this plugin understands (" +
            std::to_string(latest_schema_version()) + "); install the newer plugin version again");
    for (const Step& step : steps) {
        db.transaction([&](Poco::Data::Session& session) {
            // Re-read inside the transaction: another process may have migrated meanwhile.
            if (read_version(session) >= step.version) return;
            step.apply(session);
            std::string name = step.name;
            int version = step.version;
            session << "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
                useRef(version), useRef(name), useRef(now_ms), now;
        });
    }
    report.to_version = current_schema_version(db);
    return report;
}

}  // namespace kisi::store
