#pragma once

#include <chrono>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace host::ui {

// A signed-in administrator's session. The id travels in the session cookie; the CSRF token
// goes into every page and must come back with every state-changing request.
struct Session {
    std::string id;
    std::string csrf_token;
};

// In-memory sessions (a restart signs everyone out), ended after a period without use.
// Thread-safe: the HTTP server calls it from its worker threads.
class SessionStore {
  public:
    using Clock = std::function<std::chrono::steady_clock::time_point()>;

    explicit SessionStore(std::chrono::minutes idle_timeout = std::chrono::hours(8),
                          Clock clock = std::chrono::steady_clock::now);

    Session create();
    // The live session with this id, which counts as a use; nullopt when unknown or expired.
    std::optional<Session> find(std::string_view id);
    void remove(std::string_view id);

  private:
    struct Entry {
        Session session;
        std::chrono::steady_clock::time_point last_used;
    };
    void dropExpired(std::chrono::steady_clock::time_point now);

    std::chrono::minutes idle_timeout_;
    Clock clock_;
    std::mutex mutex_;
    std::unordered_map<std::string, Entry> sessions_;
};

}  // namespace host::ui
