#pragma once

#include "kisi/store/database.hpp"
#include "kisi/store/person.hpp"

#include <cstdint>
#include <optional>
#include <vector>

namespace kisi::store {

// A role assignment the plugin started to create: (Kisi user, group) for a person. Its
// presence after a crash means that an assignment Kisi holds for that pair may be the
// plugin's own, created just before the crash.
struct AssignmentIntent {
    std::int64_t kisi_user_id = 0;
    std::int64_t group_id = 0;
    PersonRef person;
    std::int64_t started_at = 0;
};

class AssignmentIntentRepo {
  public:
    explicit AssignmentIntentRepo(Database& db) : db_(db) {}

    // Records (or refreshes) the intent for its (user, group) pair.
    void begin(const AssignmentIntent& intent);
    std::optional<AssignmentIntent> get(std::int64_t kisi_user_id, std::int64_t group_id);
    std::vector<AssignmentIntent> all();
    void clear(std::int64_t kisi_user_id, std::int64_t group_id);

  private:
    Database& db_;
};

}  // namespace kisi::store
