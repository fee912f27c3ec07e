#pragma once

#include "kisi/store/database.hpp"

#include <cstdint>
#include <optional>
#include <vector>

namespace kisi::store {

// The staff group an admin chose on an employee's Kisi tab. No row: the employee follows their
// home center's default staff group. A row without group_id: the admin cleared it, so the
// employee has no staff group even when the center has a default.
struct StaffGroupLink {
    std::int64_t employee_id = 0;
    std::optional<std::int64_t> group_id;
    std::int64_t updated_at = 0;
};

class StaffGroupRepo {
  public:
    explicit StaffGroupRepo(Database& db) : db_(db) {}

    std::optional<StaffGroupLink> get(std::int64_t employee_id);
    std::vector<StaffGroupLink> all();
    void set(const StaffGroupLink& link);
    // Forgets the choice so that the employee follows the center default again.
    void remove(std::int64_t employee_id);

  private:
    Database& db_;
};

}  // namespace kisi::store
