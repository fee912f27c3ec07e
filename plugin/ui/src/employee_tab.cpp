#include "kisi/ui/employee_tab.hpp"

#include "kisi/access/kisi_refusal.hpp"
#include "kisi/ui/action_answers.hpp"
#include "kisi/ui/display.hpp"
#include "kisi/ui/form_values.hpp"

#include <sdk/ui.hpp>

namespace kisi::ui {

using namespace sdk::ui;
using store::PersonKind;
using store::PersonRef;

namespace {

// The employee the tab is about, from {"entity": "employee", "id": N}.
sdk::Result<access::Employee> find_employee(const sdk::json::Object& entity,
                                            const access::HostDirectory& directory) {
    if (sdk::json::get_string(entity, "entity").value_or("") != "employee")
        return sdk::Status(HP_E_INVALID_ARGUMENT, "The Kisi tab belongs on employee profiles.");
    const std::int64_t id = sdk::json::require_int(entity, "id");
    auto employee = directory.employee(id);
    if (!employee) return employee.status();
    if (!employee.value())
        return sdk::Status(HP_E_NOT_FOUND, "The host has no employee " + std::to_string(id) + ".");
    return *employee.value();
}

// Where the employee's staff group comes from.
struct StaffGroup {
    std::optional<std::int64_t> group_id;
    std::string source;
};

StaffGroup staff_group_of(const access::Employee& employee, store::Store& store,
                          const access::HostDirectory& directory) {
    if (auto chosen = store.staff_groups.get(employee.id))
        return {chosen->group_id,
                chosen->group_id ? "set on this tab" : "cleared on this tab (no staff access)"};
    if (employee.home_center_id)
        if (auto link = store.place_links.by_center(*employee.home_center_id);
            link && link->staff_group_id) {
            std::string center = "center " + std::to_string(*employee.home_center_id);
            if (auto centers = directory.centers())
                for (const access::Center& c : centers.value())
                    if (c.id == *employee.home_center_id) center = "“" + c.name + "”";
            return {link->staff_group_id, "default of the home center " + center};
        }
    return {std::nullopt, "none set"};
}

// How an access state reads at a glance.
Level level_of(const std::string& state) {
    if (state.rfind("granted", 0) == 0) return Level::success;
    if (state.rfind("failed", 0) == 0) return Level::error;
    if (state.rfind("pending", 0) == 0) return Level::info;
    return Level::warning;
}

// The sync engine converges the employee to the stored staff group (or to none).
void queue_convergence(store::Store& store, const PersonRef& person, std::int64_t now_ms) {
    store.work_queue.enqueue(
        {std::string(store::work::converge_person), store::work::converge_person_payload(person),
         store::work::person_key(person), now_ms},
        now_ms);
}

}  // namespace

sdk::Reply EmployeeTab::render(const sdk::json::Object& entity) {
    auto employee = find_employee(entity, services_.directory);
    if (!employee) return sdk::Reply::error(employee.code(), employee.message());
    store::Store& store = services_.store;
    const StaffGroup staff = staff_group_of(employee.value(), store, services_.directory);
    const std::string state = access_state_({PersonKind::employee, employee.value().id});

    KeyValue facts;
    facts
        .item("Staff group",
              staff.group_id ? group_label(*staff.group_id, store.kisi_cache) : "none")
        .item("Staff group from", staff.source);
    if (auto link = store.user_links.get({PersonKind::employee, employee.value().id}))
        facts.item("Kisi user", std::to_string(link->kisi_user_id) + " (" + link->email + ")");
    else
        facts.item("Kisi user", "not linked yet");
    facts.item("Access", state);

    Field group = Field::text("group_id", "Kisi staff group ID")
                      .help(
                          "In Kisi, open Groups, pick the employee's staff group and use Copy "
                          "ID. Leave empty to remove the access this integration gave.");
    if (staff.group_id) group.value(std::to_string(*staff.group_id));

    Section section("kisi", "Kisi door access");
    if (!services_.connection.current())
        section.add(
            Notice(Level::warning, "Kisi is not connected yet (Settings > Integrations > Kisi)."));
    section.add(Notice(level_of(state), "Access: " + state));
    section.add(facts);
    section.add(Form("kisi", "save").submit_label("Save").add(group));
    Document document("Kisi");
    document.add(section);
    return sdk::Reply::ok(document.to_json());
}

sdk::Reply EmployeeTab::save(const sdk::json::Object& entity, const sdk::ActionRequest& request) {
    auto found = find_employee(entity, services_.directory);
    if (!found) return refusal_result(found.status());
    const access::Employee& employee = found.value();
    const PersonRef person{PersonKind::employee, employee.id};
    const std::string target = "employee:" + std::to_string(employee.id);
    const std::int64_t now = services_.host.now_ms();
    auto refuse = [&](sdk::ActionResult result) {
        services_.audit("employee.staff_group", target, store::AuditResult::refused,
                        result.message(), person);
        return result;
    };

    FieldErrors errors;
    const auto group_id = id_value(request.values, "group_id", errors);
    if (!errors.empty()) return refuse(errors.to_result("Nothing was saved: check the group id."));

    if (!group_id) {
        services_.store.db().transaction([&](Poco::Data::Session&) {
            services_.store.staff_groups.set({employee.id, std::nullopt, now});
            queue_convergence(services_.store, person, now);
        });
        const std::string message = "Staff group cleared: the door access this integration gave " +
                                    employee.name + " is queued for removal.";
        services_.audit("employee.staff_group", target, store::AuditResult::ok, message, person);
        return sdk::ActionResult::ok(message);
    }

    auto admin = services_.connection.admin(access::CallStyle::interactive);
    if (!admin) return refuse(refusal_result(admin.status()));
    auto group = admin.value()->get_group(*group_id);
    if (!group) {
        if (group.error().kind == client::ErrorKind::not_found) {
            errors.add("group_id", "Kisi has no group " + std::to_string(*group_id) + ".");
            return refuse(errors.to_result("Nothing was saved: Kisi has no group " +
                                           std::to_string(*group_id) + "."));
        }
        return refuse(refusal_result(
            access::kisi_refusal(group.error(), "reading group " + std::to_string(*group_id))));
    }

    services_.store.db().transaction([&](Poco::Data::Session&) {
        services_.store.kisi_cache.put_group({group->id, group->name, group->place_id}, now);
        services_.store.staff_groups.set({employee.id, *group_id, now});
        queue_convergence(services_.store, person, now);
    });
    const std::string message = "Saved: " + employee.name +
                                " gets door access through the Kisi group “" + group->name + "” (" +
                                std::to_string(*group_id) + "); the grant is queued.";
    services_.audit("employee.staff_group", target, store::AuditResult::ok, message, person);
    return sdk::ActionResult::ok(message);
}

}  // namespace kisi::ui
