#pragma once

#include "kisi/store/database.hpp"
#include "kisi/store/person.hpp"

#include <cstdint>
#include <optional>
#include <vector>

namespace kisi::store {

// One Kisi role assignment the plugin created: the ownership record that lets it change or
// delete exactly its own assignments and never one an admin made by hand. Validity bounds are
// milliseconds since the epoch, valid_from inclusive and valid_until exclusive; none means
// unbounded.
struct LedgerEntry {
    std::int64_t kisi_assignment_id = 0;
    std::int64_t kisi_user_id = 0;
    std::int64_t group_id = 0;
    PersonRef person;
    std::optional<std::int64_t> valid_from;
    std::optional<std::int64_t> valid_until;
    std::int64_t created_at = 0;
    std::int64_t updated_at = 0;
};

class AssignmentLedgerRepo {
  public:
    explicit AssignmentLedgerRepo(Database& db) : db_(db) {}

    // Records a created assignment (or replaces the record with the same assignment id).
    void record(const LedgerEntry& entry);
    void update_validity(std::int64_t kisi_assignment_id, std::optional<std::int64_t> valid_from,
                         std::optional<std::int64_t> valid_until, std::int64_t updated_at);
    void remove(std::int64_t kisi_assignment_id);

    std::optional<LedgerEntry> get(std::int64_t kisi_assignment_id);
    std::vector<LedgerEntry> for_person(const PersonRef& person);
    // The person's assignments whose validity window contains `at_ms`.
    std::vector<LedgerEntry> valid_for_person(const PersonRef& person, std::int64_t at_ms);
    std::vector<LedgerEntry> for_group(std::int64_t group_id);
    std::vector<LedgerEntry> all();
    std::int64_t count();

  private:
    Database& db_;
};

}  // namespace kisi::store
