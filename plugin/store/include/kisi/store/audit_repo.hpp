#pragma once

#include "kisi/store/database.hpp"
#include "kisi/store/person.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kisi::store {

enum class AuditResult { ok, refused, failed };

std::string_view to_string(AuditResult result);

// One line of the audit log: who did what to whom, why, and how it went.
struct AuditEntry {
    std::int64_t id = 0;  // assigned by the log
    std::int64_t at = 0;
    std::string actor;   // "admin:<user>", "sync", "adult:<id>", "employee:<id>"
    std::string action;  // e.g. "connection.save", "place.link", "lock.test_unlock"
    std::optional<PersonRef> subject;
    std::optional<std::string> target;  // e.g. "lock:16721", "group:45274"
    std::optional<std::string> reason;
    AuditResult result = AuditResult::ok;
    std::optional<std::string> message;
};

class AuditRepo {
  public:
    explicit AuditRepo(Database& db) : db_(db) {}

    std::int64_t append(const AuditEntry& entry);
    // Newest first.
    std::vector<AuditEntry> recent(std::size_t limit);
    std::vector<AuditEntry> for_subject(const PersonRef& subject, std::size_t limit);
    // The newest entry of `action` on `target`, e.g. the last test unlock of a door.
    std::optional<AuditEntry> latest(const std::string& action, const std::string& target);

  private:
    Database& db_;
};

}  // namespace kisi::store
