// The Kisi plugin's entry point: the class the host creates, and its export.
#include "kisi/access/door_access.hpp"
#include "kisi/access/host_directory.hpp"
#include "kisi/access/kisi_connection.hpp"
#include "kisi/access/person_json.hpp"
#include "kisi/store/store.hpp"
#include "kisi/sync/engine.hpp"
#include "kisi/sync/sync_section.hpp"
#include "kisi/ui/connection_section.hpp"
#include "kisi/ui/doors_section.hpp"
#include "kisi/ui/employee_tab.hpp"
#include "kisi/ui/options_section.hpp"
#include "kisi/ui/places_section.hpp"
#include "kisi/ui/settings_page.hpp"

#include <sdk/export.hpp>
#include <sdk/plugin.hpp>

#include <charconv>
#include <memory>

namespace kisi {

namespace json = sdk::json;

class KisiPlugin : public sdk::Plugin {
  public:
    using Plugin::Plugin;

    void configure(const json::Object& settings) override {
        // Kisi allows 5 requests/s per user; a local sandbox may run without a limit (0).
        if (auto rate = json::get_number(settings, "kisi_requests_per_second"))
            client_settings_.rate_limit.requests_per_second = *rate;
        settings_ = settings;
        if (connection_) connection_->update(client_settings_);
        if (engine_) engine_->configure(settings_);
    }

    void activate() override {
        const auto data_dir = host().data_dir().value();
        try {
            store_ = store::Store::open(data_dir, host().now_ms());
        } catch (const store::StoreError& e) {
            throw sdk::Error(HP_E_INTERNAL, e.what());
        }
        connection_ = std::make_unique<access::KisiConnection>(host(), *store_, client_settings_);
        directory_ = std::make_unique<access::HostDirectory>(host());
        doors_ = std::make_unique<access::DoorAccess>(host(), *store_, *connection_, *directory_);

        const ui::Services services{host(), *store_, *connection_, *directory_};
        page_ = std::make_unique<ui::SettingsPage>("Kisi");
        page_->add(std::make_unique<ui::ConnectionSection>(services));
        page_->add(std::make_unique<ui::PlacesSection>(services));
        page_->add(std::make_unique<ui::DoorsSection>(services));
        page_->add(std::make_unique<ui::OptionsSection>(services));

        // The sync engine works with the admin key while Kisi is connected; saving a new key
        // hands it a new client (which lifts a quarantine).
        engine_ = std::make_unique<sync::Engine>(
            *store_, host(),
            [connection = connection_.get()]() -> std::shared_ptr<client::KisiClient> {
                if (!connection->current()) return nullptr;
                auto kisi = connection->admin(access::CallStyle::background);
                return kisi ? kisi.value() : nullptr;
            });
        if (settings_) engine_->configure(settings_);
        page_->add(std::make_unique<sync::SyncSection>(*engine_, *store_));
        tab_ = std::make_unique<ui::EmployeeTab>(
            services, [engine = engine_.get()](const store::PersonRef& person) {
                return engine->access_state(person);
            });
        engine_->start();

        const auto& migration = store_->migration();
        std::string schema = "database schema version " + std::to_string(migration.to_version);
        if (migration.from_version != migration.to_version)
            schema += migration.from_version == 0
                          ? " (new database)"
                          : " (upgraded from " + std::to_string(migration.from_version) + ")";
        host().info("Kisi plugin activated; " + schema);
    }

    void deactivate() override {
        engine_->stop();
        tab_.reset();
        page_.reset();
        engine_.reset();
        doors_.reset();
        directory_.reset();
        connection_.reset();
        store_.reset();
        host().info("Kisi plugin deactivated");
    }

    sdk::Reply render_page(const std::string& page_id, const json::Object&) override {
        if (page_id != ui::SettingsPage::id) return unknown("settings page", page_id);
        return page_->render();
    }

    sdk::Reply run_action(const std::string& page_id, const std::string& action_id,
                          const sdk::ActionRequest& request) override {
        if (page_id != ui::SettingsPage::id) return unknown("settings page", page_id);
        return page_->run(action_id, request);
    }

    sdk::Reply render_tab(const std::string& tab_id, const json::Object& entity) override {
        if (tab_id != ui::EmployeeTab::id) return unknown("profile tab", tab_id);
        return tab_->render(entity);
    }

    sdk::Reply save_tab(const std::string& tab_id, const json::Object& entity,
                        const sdk::ActionRequest& request) override {
        if (tab_id != ui::EmployeeTab::id) return unknown("profile tab", tab_id);
        return tab_->save(entity, request);
    }

    sdk::Reply list_doors(const json::Object& person_json) override {
        auto person = access::parse_person(person_json);
        if (!person) return sdk::Reply::error(person.code(), person.message());
        auto doors = doors_->doors_of(person.value());
        if (!doors) return sdk::Reply::error(doors.code(), doors.message());
        json::Array list = json::array();
        for (const access::Door& door : doors.value()) {
            json::Object entry = json::object();
            entry->set("id", door.id);
            entry->set("name", door.name);
            entry->set("place", door.place);
            entry->set("center", door.center);
            list->add(entry);
        }
        return sdk::Reply::ok(list);
    }

    sdk::Reply unlock_door(const json::Object& person_json, const std::string& door_id) override {
        auto person = access::parse_person(person_json);
        if (!person) return sdk::Reply::error(person.code(), person.message());
        std::int64_t lock_id = 0;
        auto [end, error] =
            std::from_chars(door_id.data(), door_id.data() + door_id.size(), lock_id);
        if (error != std::errc() || end != door_id.data() + door_id.size() || lock_id <= 0)
            return sdk::Reply::error(
                HP_E_INVALID_ARGUMENT,
                "A door id is a Kisi lock id (a number), not '" + door_id + "'.");
        auto unlocked = doors_->unlock(person.value(), lock_id);
        json::Object answer = json::object();
        answer->set("ok", unlocked.ok());
        answer->set("message", unlocked ? unlocked.value() : unlocked.message());
        if (!unlocked)
            return sdk::Reply::error(unlocked.code(), unlocked.message(), json::stringify(answer));
        return sdk::Reply::ok(answer);
    }

    sdk::Reply health() override {
        json::Object report = engine_->health();
        // Not being connected yet is a setup step the page asks for, not a fault.
        if (!connection_->current()) report->set("status", "ok");
        return sdk::Reply::ok(report);
    }

    // Returning means the event is durably recorded (or was already): the host may stop
    // redelivering it.
    sdk::Reply handle_event(const json::Object& event) override {
        engine_->accept_event(event);
        return sdk::Reply::ok();
    }

  private:
    static sdk::Reply unknown(const char* what, const std::string& id) {
        return sdk::Reply::error(HP_E_NOT_FOUND,
                                 "The Kisi plugin has no " + std::string(what) + " '" + id + "'.");
    }

    access::ClientSettings client_settings_;
    json::Object settings_;
    // Declared in the order they depend on each other; destroyed in reverse.
    std::unique_ptr<store::Store> store_;
    std::unique_ptr<access::KisiConnection> connection_;
    std::unique_ptr<access::HostDirectory> directory_;
    std::unique_ptr<access::DoorAccess> doors_;
    std::unique_ptr<ui::SettingsPage> page_;
    std::unique_ptr<sync::Engine> engine_;
    std::unique_ptr<ui::EmployeeTab> tab_;
};

}  // namespace kisi

HOST_PLUGIN_EXPORT(kisi::KisiPlugin)
