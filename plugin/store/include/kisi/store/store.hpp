#pragma once

#include "kisi/store/assignment_intent_repo.hpp"
#include "kisi/store/assignment_ledger_repo.hpp"
#include "kisi/store/audit_repo.hpp"
#include "kisi/store/connection_repo.hpp"
#include "kisi/store/database.hpp"
#include "kisi/store/kisi_cache_repo.hpp"
#include "kisi/store/migrations.hpp"
#include "kisi/store/options_repo.hpp"
#include "kisi/store/place_link_repo.hpp"
#include "kisi/store/processed_event_repo.hpp"
#include "kisi/store/staff_group_repo.hpp"
#include "kisi/store/user_link_repo.hpp"
#include "kisi/store/work_kinds.hpp"
#include "kisi/store/work_queue_repo.hpp"

#include <cstdint>
#include <filesystem>
#include <memory>

namespace kisi::store {

// The plugin's database with every repository over it. Opening applies the migrations.
class Store {
    // Declared first: the repositories below refer to it.
    Database db_;
    MigrationReport migration_;

  public:
    static constexpr const char* file_name = "kisi.db";

    // Opens (creating if needed) `data_dir`/kisi.db and migrates it to the latest schema.
    // Throws StoreError with a message an admin can act on.
    static std::unique_ptr<Store> open(const std::filesystem::path& data_dir, std::int64_t now_ms);

    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    Database& db() { return db_; }
    const MigrationReport& migration() const { return migration_; }

    ConnectionRepo connection{db_};
    KisiCacheRepo kisi_cache{db_};
    PlaceLinkRepo place_links{db_};
    StaffGroupRepo staff_groups{db_};
    UserLinkRepo user_links{db_};
    AssignmentLedgerRepo ledger{db_};
    WorkQueueRepo work_queue{db_};
    ProcessedEventRepo processed_events{db_};
    OptionsRepo options{db_};
    AuditRepo audit{db_};
    AssignmentIntentRepo intents{db_};

  private:
    Store(const std::filesystem::path& file, std::int64_t now_ms);
};

}  // namespace kisi::store
