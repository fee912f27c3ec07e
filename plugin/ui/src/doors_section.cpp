#include "kisi/ui/doors_section.hpp"

#include "kisi/access/kisi_refusal.hpp"
#include "kisi/ui/action_answers.hpp"
#include "kisi/ui/display.hpp"
#include "kisi/ui/form_values.hpp"

namespace kisi::ui {

using namespace sdk::ui;

namespace {

constexpr const char* action_name = "lock.test_unlock";

std::string lock_target(std::int64_t lock_id) {
    return "lock:" + std::to_string(lock_id);
}

std::string last_test(store::AuditRepo& audit, std::int64_t lock_id) {
    auto entry = audit.latest(action_name, lock_target(lock_id));
    if (!entry) return "";
    return std::string(store::to_string(entry->result)) + " at " + format_time(entry->at) + ": " +
           entry->message.value_or("");
}

}  // namespace

Section DoorsSection::render() {
    Section section("doors", "Doors");
    section.description(
        "The doors of each place. Test unlock opens a door with the administrator's key; every "
        "test is recorded in the audit log.");
    store::KisiCacheRepo& cache = services_.store.kisi_cache;
    Table table("doors");
    table.column("door", "Door")
        .column("door_id", "Door ID")
        .column("place", "Place")
        .column("last_test", "Last test")
        .empty_text("No doors: refresh the places once Kisi is connected.");
    for (const auto& place : cache.places()) {
        if (place.missing()) continue;
        for (const auto& lock : cache.locks_of_place(place.item.id)) {
            if (lock.missing()) continue;
            table.add(Row(std::to_string(lock.item.id))
                          .cell("door", lock.item.name)
                          .cell("door_id", std::to_string(lock.item.id))
                          .cell("place", place.item.name)
                          .cell("last_test", last_test(services_.store.audit, lock.item.id))
                          .add(RowAction("test-unlock", "Test unlock")
                                   .confirm("Unlock “" + lock.item.name + "” at " +
                                            place.item.name + " now?")));
        }
    }
    section.add(table);
    return section;
}

sdk::ActionResult DoorsSection::run(const std::string&, const sdk::ActionRequest& request) {
    const auto lock_id = row_id(request.row);
    if (!lock_id)
        return sdk::ActionResult::invalid("Choose the door to test (the row is a door id).");
    const std::string target = lock_target(*lock_id);
    std::string door = "door " + std::to_string(*lock_id);
    if (auto cached = services_.store.kisi_cache.lock(*lock_id))
        door = "“" + cached->item.name + "”";

    auto admin = services_.connection.admin(access::CallStyle::once);
    if (!admin) {
        services_.audit(action_name, target, store::AuditResult::failed, admin.message());
        return refusal_result(admin.status());
    }
    auto unlocked = admin.value()->unlock_lock(*lock_id);
    if (!unlocked) {
        sdk::Status refusal = access::kisi_refusal(unlocked.error(), "opening " + door);
        services_.audit(action_name, target, store::AuditResult::failed,
                        access::kisi_reason(unlocked.error()));
        return refusal_result(refusal);
    }
    services_.audit(action_name, target, store::AuditResult::ok, unlocked->message);
    return sdk::ActionResult::ok("Kisi opened " + door + ": " + unlocked->message);
}

}  // namespace kisi::ui
