// The transactional outbox: every change of host data writes its event here in the same
// transaction, and each consuming plugin has a durable cursor of what it acknowledged.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <Poco/Data/Session.h>
#include <Poco/JSON/Object.h>

#include "host_data/database.h"
#include "host_data/result.h"

namespace host::data {

// Event types (host-api/schemas/event.schema.json).
inline constexpr const char* contract_changed = "contract.changed/1";
inline constexpr const char* adult_changed = "adult.changed/1";
inline constexpr const char* employee_changed = "employee.changed/1";
const std::vector<std::string>& all_event_types();

struct OutboxEvent {
    std::int64_t sequence = 0;
    std::string event_id;
    std::string type;
    std::string document;  // the full event JSON as delivered to plugins
};

struct DeliveryCursor {
    std::string plugin_id;
    std::int64_t delivered_through = 0;  // highest acknowledged sequence
    std::int64_t failed_attempts = 0;    // consecutive failures of the next event
    std::string last_error;
};

class Outbox {
  public:
    explicit Outbox(std::shared_ptr<Database> database);

    // Inside a write transaction: appends an event whose body carries `cause` and the entity's
    // new state under `entity_key`. Answers its sequence.
    std::int64_t append(Poco::Data::Session& session, const std::string& type,
                        const std::string& cause, const std::string& entity_key,
                        const Poco::JSON::Object::Ptr& entity, std::int64_t occurred_at_ms);

    // Called after a transaction that appended events committed: wakes the dispatcher.
    void announce();
    void on_announce(std::function<void()> listener);

    // Events after `sequence` whose type is in `types`, oldest first.
    Result<std::vector<OutboxEvent>> events_after(std::int64_t sequence,
                                                  const std::vector<std::string>& types,
                                                  std::size_t limit);
    Result<std::int64_t> count_after(std::int64_t sequence, const std::vector<std::string>& types);

    // The plugin's cursor (a new consumer starts before the first event).
    Result<DeliveryCursor> cursor(const std::string& plugin_id);
    Status acknowledge(const std::string& plugin_id, std::int64_t sequence);
    Status record_failure(const std::string& plugin_id, const std::string& message);

    // Events the plugin subscribes to that it has not acknowledged yet.
    Result<std::int64_t> undelivered(const std::string& plugin_id,
                                     const std::vector<std::string>& types);

  private:
    std::shared_ptr<Database> database_;
    std::mutex listener_mutex_;
    std::function<void()> listener_;
};

}  // namespace host::data
