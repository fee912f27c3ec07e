#include "host_data/outbox.h"

#include <sstream>

#include <Poco/JSON/Parser.h>
#include <Poco/UUIDGenerator.h>

#include "host_data/calendar.h"

namespace host::data {
namespace {

std::string placeholders(std::size_t count) {
    std::string list;
    for (std::size_t i = 0; i < count; ++i) list += i ? ", ?" : "?";
    return list;
}

// Builds "... type IN (?, ?, ...)" statements with the types bound after the leading values.
template <class... Leading>
Poco::Data::RecordSet select_by_types(Poco::Data::Session& session, const std::string& sql_head,
                                      const std::string& sql_tail,
                                      const std::vector<std::string>& types,
                                      const Leading&... leading) {
    Poco::Data::Statement statement(session);
    statement << sql_head + " AND type IN (" + placeholders(types.size()) + ") " + sql_tail;
    (statement.addBind(Poco::Data::Keywords::bind(leading)), ...);
    for (const auto& type : types) statement.addBind(Poco::Data::Keywords::bind(type));
    statement.execute();
    return Poco::Data::RecordSet(statement);
}

std::string compose(std::int64_t sequence, const std::string& event_id, const std::string& type,
                    const std::string& occurred_at, const std::string& body) {
    auto event = Poco::JSON::Parser().parse(body).extract<Poco::JSON::Object::Ptr>();
    event->set("event_id", event_id);
    event->set("type", type);
    event->set("sequence", sequence);
    event->set("occurred_at", occurred_at);
    std::ostringstream out;
    event->stringify(out);
    return out.str();
}

}  // namespace

const std::vector<std::string>& all_event_types() {
    static const std::vector<std::string> types{contract_changed, adult_changed, employee_changed};
    return types;
}

Outbox::Outbox(std::shared_ptr<Database> database) : database_(std::move(database)) {}

std::int64_t Outbox::append(Poco::Data::Session& session, const std::string& type,
                            const std::string& cause, const std::string& entity_key,
                            const Poco::JSON::Object::Ptr& entity, std::int64_t occurred_at_ms) {
    Poco::JSON::Object body;
    body.set("cause", cause);
    body.set(entity_key, entity);
    std::ostringstream out;
    body.stringify(out);
    const std::string event_id = Poco::UUIDGenerator::defaultGenerator().createRandom().toString();
    execute(session, "INSERT INTO outbox(event_id, type, occurred_at, document) VALUES(?, ?, ?, ?)",
            event_id, type, format_instant(occurred_at_ms), out.str());
    return last_insert_id(session);
}

void Outbox::announce() {
    std::function<void()> listener;
    {
        std::lock_guard lock(listener_mutex_);
        listener = listener_;
    }
    if (listener) listener();
}

void Outbox::on_announce(std::function<void()> listener) {
    std::lock_guard lock(listener_mutex_);
    listener_ = std::move(listener);
}

Result<std::vector<OutboxEvent>> Outbox::events_after(std::int64_t sequence,
                                                      const std::vector<std::string>& types,
                                                      std::size_t limit) {
    if (types.empty()) return std::vector<OutboxEvent>{};
    return database_->read([&](Poco::Data::Session& session) -> Result<std::vector<OutboxEvent>> {
        auto rows = select_by_types(
            session,
            "SELECT sequence, event_id, type, occurred_at, document FROM outbox WHERE sequence > ?",
            "ORDER BY sequence LIMIT " + std::to_string(limit), types, sequence);
        std::vector<OutboxEvent> events;
        for (std::size_t row = 0; row < rows.rowCount(); ++row) {
            OutboxEvent event;
            event.sequence = rows.value(0, row).convert<std::int64_t>();
            event.event_id = rows.value(1, row).convert<std::string>();
            event.type = rows.value(2, row).convert<std::string>();
            event.document = compose(event.sequence, event.event_id, event.type,
                                     rows.value(3, row).convert<std::string>(),
                                     rows.value(4, row).convert<std::string>());
            events.push_back(std::move(event));
        }
        return events;
    });
}

Result<std::int64_t> Outbox::count_after(std::int64_t sequence,
                                         const std::vector<std::string>& types) {
    if (types.empty()) return std::int64_t{0};
    return database_->read([&](Poco::Data::Session& session) -> Result<std::int64_t> {
        auto rows = select_by_types(session, "SELECT COUNT(*) FROM outbox WHERE sequence > ?", "",
                                    types, sequence);
        return rows.value(0, 0).convert<std::int64_t>();
    });
}

Result<DeliveryCursor> Outbox::cursor(const std::string& plugin_id) {
    return database_->read([&](Poco::Data::Session& session) -> Result<DeliveryCursor> {
        auto rows = select(session,
                           "SELECT delivered_through, failed_attempts, last_error "
                           "FROM delivery_cursors WHERE plugin_id = ?",
                           plugin_id);
        DeliveryCursor cursor;
        cursor.plugin_id = plugin_id;
        if (rows.rowCount() == 1) {
            cursor.delivered_through = rows.value(0, 0).convert<std::int64_t>();
            cursor.failed_attempts = rows.value(1, 0).convert<std::int64_t>();
            cursor.last_error = rows.value(2, 0).convert<std::string>();
        }
        return cursor;
    });
}

Status Outbox::acknowledge(const std::string& plugin_id, std::int64_t sequence) {
    return database_->read([&](Poco::Data::Session& session) -> Status {
        execute(session,
                "INSERT INTO delivery_cursors(plugin_id, delivered_through, failed_attempts, "
                "last_error) VALUES(?, ?, 0, '') ON CONFLICT(plugin_id) DO UPDATE SET "
                "delivered_through = MAX(delivered_through, excluded.delivered_through), "
                "failed_attempts = 0, last_error = ''",
                plugin_id, sequence);
        return Done{};
    });
}

Status Outbox::record_failure(const std::string& plugin_id, const std::string& message) {
    return database_->read([&](Poco::Data::Session& session) -> Status {
        execute(session,
                "INSERT INTO delivery_cursors(plugin_id, delivered_through, failed_attempts, "
                "last_error) VALUES(?, 0, 1, ?) ON CONFLICT(plugin_id) DO UPDATE SET "
                "failed_attempts = failed_attempts + 1, last_error = excluded.last_error",
                plugin_id, message);
        return Done{};
    });
}

Result<std::int64_t> Outbox::undelivered(const std::string& plugin_id,
                                         const std::vector<std::string>& types) {
    auto position = cursor(plugin_id);
    if (!position) return position.error();
    return count_after(position.value().delivered_through, types);
}

}  // namespace host::data
