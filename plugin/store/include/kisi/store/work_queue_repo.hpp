#pragma once

#include "kisi/store/database.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kisi::store {

enum class WorkState { pending, in_progress, done, failed };

std::string_view to_string(WorkState state);

struct NewWorkItem {
    std::string kind;
    std::string payload;  // a JSON document; its shape depends on kind
    // Items with the same key coalesce while pending: the newest kind and payload win.
    std::optional<std::string> dedupe_key;
    std::int64_t not_before = 0;  // earliest time to run it (ms since the epoch)
};

struct WorkItem {
    std::int64_t id = 0;
    std::string kind;
    std::string payload;
    std::optional<std::string> dedupe_key;
    WorkState state = WorkState::pending;
    int attempts = 0;
    std::int64_t next_attempt_at = 0;
    std::optional<std::string> last_error;
    std::int64_t created_at = 0;
    std::int64_t updated_at = 0;
};

// The durable work queue: what the sync engine still has to do, surviving restarts.
class WorkQueueRepo {
  public:
    explicit WorkQueueRepo(Database& db) : db_(db) {}

    // Returns the id of the queued item (an existing pending item when the key coalesced).
    std::int64_t enqueue(const NewWorkItem& item, std::int64_t now_ms);
    // Takes the oldest due pending item and marks it in progress (one more attempt).
    std::optional<WorkItem> claim_next(std::int64_t now_ms);
    void complete(std::int64_t id, std::int64_t now_ms);
    // Back to pending, to be tried again at next_attempt_at.
    void retry_later(std::int64_t id, std::int64_t next_attempt_at, const std::string& error,
                     std::int64_t now_ms);
    void fail(std::int64_t id, const std::string& error, std::int64_t now_ms);
    // After a restart: items a crashed worker held become pending again. Returns how many.
    std::int64_t requeue_in_progress(std::int64_t now_ms);
    // Removes finished (done) items older than `before_ms`; failed items stay visible.
    std::int64_t purge_done(std::int64_t before_ms);

    std::optional<WorkItem> get(std::int64_t id);
    // The most recent item with this key, in any state.
    std::optional<WorkItem> latest_for_key(const std::string& dedupe_key);
    std::vector<WorkItem> in_state(WorkState state, std::size_t limit);
    std::int64_t count(WorkState state);
    // Work still to do: items in progress, and pending items that are due or are not of
    // `scheduled_kind` (items of that kind waiting for a future time are planned, not owed).
    std::int64_t count_outstanding(std::int64_t now_ms, const std::string& scheduled_kind);
    std::optional<std::int64_t> next_due_at();

  private:
    Database& db_;
};

}  // namespace kisi::store
