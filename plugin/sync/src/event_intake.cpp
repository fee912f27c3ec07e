#include "kisi/sync/event_intake.hpp"

#include "kisi/sync/work_items.hpp"

#include <sdk/json.hpp>

#include <optional>

namespace kisi::sync {

namespace json = sdk::json;

namespace {

// "contract.changed/1" -> the work it asks for.
std::optional<work::Work> work_for(const std::string& type, const json::Object& event) {
    auto id_of = [&](const char* entity) {
        auto object = json::get_object(event, entity);
        if (!object)
            throw sdk::Error(HP_E_INVALID_ARGUMENT, std::string("missing field '") + entity + "'");
        return json::require_int(object, "id");
    };
    if (type == "contract.changed/1") return work::ConvergeContract{id_of("contract")};
    if (type == "adult.changed/1")
        return work::ConvergePerson{{store::PersonKind::adult, id_of("adult")}};
    if (type == "employee.changed/1")
        return work::ConvergePerson{{store::PersonKind::employee, id_of("employee")}};
    return std::nullopt;
}

}  // namespace

EventIntake::Accepted EventIntake::accept(std::string_view event_json) {
    json::Object event;
    try {
        event = json::parse_object(event_json, "event");
    } catch (const std::exception& e) {
        host_.warning(std::string("Kisi sync ignores a malformed event: ") + e.what());
        return Accepted::ignored;
    }
    return accept(event);
}

EventIntake::Accepted EventIntake::accept(const json::Object& event) {
    std::string event_id;
    std::optional<work::Work> work;
    try {
        event_id = json::require_string(event, "event_id");
        const auto type = json::require_string(event, "type");
        work = work_for(type, event);
        if (!work) {
            host_.warning("Kisi sync ignores event " + event_id + " of type '" + type + "'");
            return Accepted::ignored;
        }
    } catch (const std::exception& e) {
        host_.warning(std::string("Kisi sync ignores a malformed event: ") + e.what());
        return Accepted::ignored;
    }
    const auto now_ms = host_.now_ms();
    return store_.db().transaction([&](Poco::Data::Session&) {
        if (!store_.processed_events.remember(event_id, now_ms)) return Accepted::duplicate;
        store_.work_queue.enqueue(work::to_item(*work, now_ms), now_ms);
        return Accepted::queued;
    });
}

}  // namespace kisi::sync
