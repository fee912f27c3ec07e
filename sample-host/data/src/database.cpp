#include "host_data/database.h"

#include <Poco/Data/SQLite/Connector.h>

#include "migrations.h"

namespace host::data {

Database::Database(Poco::Data::Session session) : session_(std::move(session)) {}

Result<std::shared_ptr<Database>> Database::open(const std::filesystem::path& file) {
    try {
        Poco::Data::SQLite::Connector::registerConnector();
        Poco::Data::Session session(Poco::Data::SQLite::Connector::KEY, file.string());
        execute(session, "PRAGMA journal_mode=WAL");
        execute(session, "PRAGMA synchronous=NORMAL");
        execute(session, "PRAGMA foreign_keys=ON");
        execute(session, "PRAGMA busy_timeout=5000");
        apply_migrations(session);
        return std::make_shared<Database>(std::move(session));
    } catch (const Poco::Exception& e) {
        return Error{ErrorKind::internal,
                     "cannot open the host database " + file.string() + ": " + e.displayText()};
    }
}

void Database::rollback_after_failure() noexcept {
    try {
        if (session_.isTransaction()) session_.rollback();
    } catch (...) {
        // The connection is unusable if even rollback fails; the next call reports it.
    }
}

std::int64_t last_insert_id(Poco::Data::Session& session) {
    auto rows = select(session, "SELECT last_insert_rowid()");
    return rows.value(0, 0).convert<std::int64_t>();
}

}  // namespace host::data
