#pragma once

#include "kisi/store/database.hpp"

#include <cstdint>
#include <string>

namespace kisi::store {

// The ids of host events already recorded, so that a redelivered event is recognised.
class ProcessedEventRepo {
  public:
    explicit ProcessedEventRepo(Database& db) : db_(db) {}

    // Records the id; false when it was already recorded (a duplicate delivery).
    bool remember(const std::string& event_id, std::int64_t now_ms);
    bool seen(const std::string& event_id);
    // Forgets ids recorded before `before_ms` (the host stops redelivering long before).
    std::int64_t forget_before(std::int64_t before_ms);

  private:
    Database& db_;
};

}  // namespace kisi::store
