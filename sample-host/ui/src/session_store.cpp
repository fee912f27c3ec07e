#include "host_ui/session_store.h"

#include "host_ui/random_token.h"

namespace host::ui {

namespace {
constexpr std::size_t kTokenBytes = 32;
}

SessionStore::SessionStore(std::chrono::minutes idle_timeout, Clock clock)
    : idle_timeout_(idle_timeout), clock_(std::move(clock)) {}

Session SessionStore::create() {
    Session session{randomToken(kTokenBytes), randomToken(kTokenBytes)};
    const auto now = clock_();
    std::lock_guard lock(mutex_);
    dropExpired(now);
    sessions_.emplace(session.id, Entry{session, now});
    return session;
}

std::optional<Session> SessionStore::find(std::string_view id) {
    const auto now = clock_();
    std::lock_guard lock(mutex_);
    auto it = sessions_.find(std::string(id));
    if (it == sessions_.end()) return std::nullopt;
    if (now - it->second.last_used > idle_timeout_) {
        sessions_.erase(it);
        return std::nullopt;
    }
    it->second.last_used = now;
    return it->second.session;
}

void SessionStore::remove(std::string_view id) {
    std::lock_guard lock(mutex_);
    sessions_.erase(std::string(id));
}

void SessionStore::dropExpired(std::chrono::steady_clock::time_point now) {
    std::erase_if(sessions_,
                  [&](const auto& item) { return now - item.second.last_used > idle_timeout_; });
}

}  // namespace host::ui
