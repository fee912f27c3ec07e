#include "kisi/store/database.hpp"

#include <Poco/Data/SQLite/Connector.h>

namespace kisi::store {

using namespace Poco::Data::Keywords;

namespace {

Poco::Data::Session open_session(const std::filesystem::path& file) {
    static std::once_flag registered;
    std::call_once(registered, [] { Poco::Data::SQLite::Connector::registerConnector(); });
    return Poco::Data::Session(Poco::Data::SQLite::Connector::KEY, file.string());
}

}  // namespace

Database::Database(const std::filesystem::path& file) : file_(file), session_(open_session(file)) {
    std::string journal_mode;
    session_ << "PRAGMA journal_mode=WAL", into(journal_mode), now;
    if (journal_mode != "wal")
        throw StoreError("the plugin database " + file.string() +
                         " cannot use write-ahead logging (journal mode is " + journal_mode + ")");
    // WAL with synchronous=NORMAL survives a process crash (kill -9) without losing commits.
    session_ << "PRAGMA synchronous=NORMAL", now;
    int busy_timeout_ms = 0;
    session_ << "PRAGMA busy_timeout=5000", into(busy_timeout_ms), now;
}

}  // namespace kisi::store
