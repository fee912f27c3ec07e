#pragma once

#include "kisi/store/database.hpp"

namespace kisi::store {

// How access windows are widened and how cautious the sync engine is.
struct AccessOptions {
    int lead_days = 0;   // access starts this many days before a contract
    int grace_days = 0;  // and ends this many days after it
    // A reconcile plan deleting more than max(percent of managed assignments, min) assignments
    // waits for an admin's approval.
    int removal_threshold_percent = 10;
    int removal_threshold_min = 5;
    bool operator==(const AccessOptions&) const = default;
};

class OptionsRepo {
  public:
    explicit OptionsRepo(Database& db) : db_(db) {}

    AccessOptions get();
    void save(const AccessOptions& options);

  private:
    Database& db_;
};

}  // namespace kisi::store
