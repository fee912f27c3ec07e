// A plugin for the host's tests, built with the SDK and loaded through the real ABI:
//  - handle_event appends each event it acknowledges to <data dir>/events.jsonl (flushed
//    before acknowledging), unless told to refuse the next N events;
//  - health reports pending_work as told;
//  - its "control" page and "badge" employee tab answer every status the host must map;
//  - list_doors and unlock_door decide from the host directory.
#include <sdk/export.hpp>
#include <sdk/plugin.hpp>
#include <sdk/ui.hpp>

#include <filesystem>
#include <fstream>
#include <map>

namespace recorder {

using sdk::json::Object;

class RecorderPlugin : public sdk::Plugin {
  public:
    using Plugin::Plugin;

    void activate() override { events_file_ = host().data_dir().value() / "events.jsonl"; }

    sdk::Reply handle_event(const Object& event) override {
        if (refuse_events_ > 0) {
            --refuse_events_;
            return sdk::Reply::error(HP_E_UNAVAILABLE, "refusing events as told");
        }
        std::ofstream out(events_file_, std::ios::app);
        out << sdk::json::stringify(event) << '\n';
        out.flush();
        if (!out) return sdk::Reply::error(HP_E_INTERNAL, "cannot record the event");
        return sdk::Reply::ok();
    }

    sdk::Reply health() override {
        Object report = sdk::json::object();
        report->set("status", "ok");
        report->set("message", "recording");
        report->set("pending_work", pending_work_);
        return sdk::Reply::ok(report);
    }

    sdk::Reply render_page(const std::string& page_id, const Object& context) override {
        using namespace sdk::ui;
        Document page("Recorder");
        page.add(Section("state", "State")
                     .add(KeyValue()
                              .item("page", page_id)
                              .item("viewer", sdk::json::get_string(context, "user").value_or(""))
                              .item("refusing", std::to_string(refuse_events_))));
        return sdk::Reply::ok(page.to_json());
    }

    sdk::Reply run_action(const std::string&, const std::string& action,
                          const sdk::ActionRequest& request) override {
        const auto count = sdk::json::get_int(request.values, "count").value_or(0);
        if (action == "refuse_events") {
            refuse_events_ = count;
            return sdk::ActionResult::ok("refusing the next " + std::to_string(count) + " events");
        }
        if (action == "set_pending") {
            pending_work_ = count;
            return sdk::ActionResult::ok("pending work set");
        }
        if (action == "invalid") {
            return sdk::ActionResult::invalid("check the form").field_error("count", "too small");
        }
        if (action == "conflict") return sdk::ActionResult::conflict("already running");
        if (action == "upstream") return sdk::ActionResult::upstream("the remote refused");
        return sdk::ActionResult::not_found("no action '" + action + "'");
    }

    sdk::Reply render_tab(const std::string&, const Object& entity) override {
        using namespace sdk::ui;
        const auto id = sdk::json::require_int(entity, "id");
        Document tab("Badge");
        tab.add(Section("badge").add(
            Form("badge", "save").add(Field::text("badge", "Badge number").value(badges_[id]))));
        return sdk::Reply::ok(tab.to_json());
    }

    sdk::Reply save_tab(const std::string&, const Object& entity,
                        const sdk::ActionRequest& request) override {
        const auto badge = sdk::json::get_string(request.values, "badge").value_or("");
        if (badge.empty()) {
            return sdk::ActionResult::invalid("a badge number is required")
                .field_error("badge", "required");
        }
        badges_[sdk::json::require_int(entity, "id")] = badge;
        return sdk::ActionResult::ok("saved badge " + badge);
    }

    sdk::Reply list_doors(const Object& person) override {
        sdk::json::Array doors = sdk::json::array();
        if (const auto door = entitled_door(person); !door.isNull()) doors->add(door);
        return sdk::Reply::ok(doors);
    }

    sdk::Reply unlock_door(const Object& person, const std::string& door_id) override {
        if (door_id == "502") return sdk::ActionResult::upstream("the lock service refused");
        if (door_id == "503") return sdk::ActionResult::unavailable("the lock service is down");
        const auto door = entitled_door(person);
        if (door.isNull() || std::to_string(door->getValue<std::int64_t>("id")) != door_id) {
            return sdk::ActionResult::forbidden("not entitled to door " + door_id);
        }
        return sdk::ActionResult::ok("opened");
    }

  private:
    Object ask(const std::string& query) const {
        return sdk::json::parse_object(host().directory_query(query).value(), "directory answer");
    }

    // Adults with door access and an active contract get the front door of their center;
    // active employees the staff door.
    Object entitled_door(const Object& person) const {
        Object door = sdk::json::object();
        door->set("place", "Recorder place");
        if (auto adult_id = sdk::json::get_int(person, "adult_id")) {
            const auto adult =
                ask(R"({"query":"adult","adult_id":)" + std::to_string(*adult_id) + "}")
                    ->getObject("adult");
            if (!adult->getValue<bool>("door_access") || adult->getValue<bool>("do_not_admit")) {
                return nullptr;
            }
            const auto centers = adult->getArray("centers");
            for (std::size_t i = 0; i < centers->size(); ++i) {
                const auto contracts = centers->getObject(i)->getArray("contracts");
                for (std::size_t k = 0; k < contracts->size(); ++k) {
                    if (contracts->getObject(k)->getValue<std::string>("status") != "active")
                        continue;
                    door->set("id",
                              100 + centers->getObject(i)->getValue<std::int64_t>("center_id"));
                    door->set("name", "Front door");
                    door->set("center", centers->getObject(i)->getValue<std::int64_t>("center_id"));
                    return door;
                }
            }
            return nullptr;
        }
        const auto employee_id = sdk::json::require_int(person, "employee_id");
        const auto employee =
            ask(R"({"query":"employee","employee_id":)" + std::to_string(employee_id) + "}")
                ->getObject("employee");
        if (employee->getValue<std::string>("status") != "active") return nullptr;
        door->set("id", 900);
        door->set("name", "Staff door");
        door->set("center", employee->getValue<std::int64_t>("home_center_id"));
        return door;
    }

    std::filesystem::path events_file_;
    std::int64_t refuse_events_ = 0;
    std::int64_t pending_work_ = 0;
    std::map<std::int64_t, std::string> badges_;
};

}  // namespace recorder

HOST_PLUGIN_EXPORT(recorder::RecorderPlugin)
