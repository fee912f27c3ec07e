#pragma once

#include <Poco/Data/Session.h>

#include <filesystem>
#include <mutex>
#include <stdexcept>
#include <string>
#include <type_traits>

namespace kisi::store {

// A database failure (disk full, corrupt file, newer schema than this code knows).
class StoreError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// The plugin's SQLite database: one connection in WAL mode, guarded so that exactly one thread
// at a time reads or writes through it (the single writer). Repositories run their statements
// through `run` (one statement or a read) or `transaction` (several statements, all or nothing);
// transactions nest, so a caller can make several repository calls atomic.
class Database {
  public:
    explicit Database(const std::filesystem::path& file);
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    template <class Fn>
    decltype(auto) run(Fn&& fn) {
        std::lock_guard lock(mutex_);
        return fn(session_);
    }

    template <class Fn>
    decltype(auto) transaction(Fn&& fn) {
        std::lock_guard lock(mutex_);
        if (session_.isTransaction()) return fn(session_);
        session_.begin();
        try {
            if constexpr (std::is_void_v<decltype(fn(session_))>) {
                fn(session_);
                session_.commit();
            } else {
                auto result = fn(session_);
                session_.commit();
                return result;
            }
        } catch (...) {
            session_.rollback();
            throw;
        }
    }

    const std::filesystem::path& file() const { return file_; }

  private:
    std::filesystem::path file_;
    std::recursive_mutex mutex_;
    Poco::Data::Session session_;
};

}  // namespace kisi::store
