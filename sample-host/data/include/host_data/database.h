// The host's SQLite database (Poco Data, WAL journal, foreign keys on, versioned migrations).
// One connection guarded by a mutex: SQLite serialises writers anyway and the host's load is
// small; every unit of work runs under the lock, inside a transaction when it writes.
#pragma once

#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <type_traits>

#include <Poco/Data/RecordSet.h>
#include <Poco/Data/Session.h>
#include <Poco/Data/Statement.h>
#include <Poco/Exception.h>

#include "host_data/result.h"

namespace host::data {

class Database {
  public:
    // Opens or creates the database file and brings its schema to the newest version.
    static Result<std::shared_ptr<Database>> open(const std::filesystem::path& file);

    // Runs `work(session)` in one transaction. `work` returns a Result; the transaction commits
    // when it is ok and rolls back otherwise. Exceptions roll back and become internal errors.
    template <class Work>
    auto write(Work&& work) -> std::invoke_result_t<Work, Poco::Data::Session&> {
        std::lock_guard lock(mutex_);
        try {
            session_.begin();
            auto result = work(session_);
            if (result.ok()) {
                session_.commit();
            } else {
                session_.rollback();
            }
            return result;
        } catch (const Poco::Exception& e) {
            rollback_after_failure();
            return Error{ErrorKind::internal, "database error: " + e.displayText()};
        } catch (const std::exception& e) {
            rollback_after_failure();
            return Error{ErrorKind::internal, std::string("database error: ") + e.what()};
        }
    }

    // Runs `work(session)` without a transaction of its own (single statements and reads).
    template <class Work>
    auto read(Work&& work) -> std::invoke_result_t<Work, Poco::Data::Session&> {
        std::lock_guard lock(mutex_);
        try {
            return work(session_);
        } catch (const Poco::Exception& e) {
            return Error{ErrorKind::internal, "database error: " + e.displayText()};
        } catch (const std::exception& e) {
            return Error{ErrorKind::internal, std::string("database error: ") + e.what()};
        }
    }

    explicit Database(Poco::Data::Session session);

  private:
    void rollback_after_failure() noexcept;

    std::mutex mutex_;
    Poco::Data::Session session_;
};

// Runs a SELECT with its parameters bound by value and answers its rows.
template <class... Params>
Poco::Data::RecordSet select(Poco::Data::Session& session, const std::string& sql,
                             const Params&... params) {
    Poco::Data::Statement statement(session);
    statement << sql;
    (statement.addBind(Poco::Data::Keywords::bind(params)), ...);
    statement.execute();
    return Poco::Data::RecordSet(statement);
}

// Runs a statement that changes data and answers the number of rows it affected.
template <class... Params>
std::size_t execute(Poco::Data::Session& session, const std::string& sql, const Params&... params) {
    Poco::Data::Statement statement(session);
    statement << sql;
    (statement.addBind(Poco::Data::Keywords::bind(params)), ...);
    return statement.execute();
}

// The rowid of the last INSERT on this connection.
std::int64_t last_insert_id(Poco::Data::Session& session);

}  // namespace host::data
