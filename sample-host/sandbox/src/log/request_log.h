// The Kisi requests the sandbox received, for tests to inspect (GET /_sandbox/requests).
// Holds identities (admin, a user id), never secrets. Keeps the most recent entries only.
#pragma once

#include "store/records.h"

#include <Poco/JSON/Array.h>

#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>
#include <string>

namespace kisi::sandbox {

struct LoggedRequest {
    std::int64_t sequence = 0;  // assigned by the log, 1-based, never reused
    TimeMs at = 0;              // sandbox clock
    std::string method;
    std::string path;
    std::string query;
    int status = 0;    // 0: the connection was dropped without an answer
    std::string auth;  // admin | user | anonymous | invalid
    std::optional<Id> user_id;
    std::optional<Id> login_id;
    std::string fault;  // injected fault(s), empty if none
    std::string integration_identifier;
    std::string integration_contact;
    std::int64_t duration_ms = 0;
};

class RequestLog {
  public:
    explicit RequestLog(std::size_t capacity = 10000);

    void add(LoggedRequest entry);
    void clear();
    Poco::JSON::Array::Ptr to_json() const;

  private:
    std::size_t capacity_;
    mutable std::mutex mutex_;
    std::deque<LoggedRequest> entries_;
    std::int64_t next_sequence_ = 1;
};

}  // namespace kisi::sandbox
