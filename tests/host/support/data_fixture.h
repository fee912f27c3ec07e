// The host data components over a temporary database, wired as the host wires them.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include "host_data/calendar.h"
#include "host_data/database.h"
#include "host_data/directory.h"
#include "host_data/host_clock.h"
#include "host_data/outbox.h"
#include "host_data/settings_store.h"
#include "host_data/store.h"
#include "temp_dir.h"

namespace host::testing {

template <class T>
T expect_ok(data::Result<T> result) {
    if (!result.ok()) {
        ADD_FAILURE() << "unexpected error: " << result.error().message;
        throw std::runtime_error(result.error().message);
    }
    return std::move(result).value();
}

inline Poco::JSON::Object::Ptr parse_object(const std::string& json) {
    return Poco::JSON::Parser().parse(json).extract<Poco::JSON::Object::Ptr>();
}

class DataFixture : public ::testing::Test {
  protected:
    void SetUp() override { open(); }

    // Opens (or reopens, as after a restart) the components over the same files.
    void open() {
        database = expect_ok(data::Database::open(dir.path() / "host.db"));
        outbox = std::make_shared<data::Outbox>(database);
        settings = std::make_shared<data::SettingsStore>(database);
        clock = expect_ok(data::HostClock::open(settings));
        store = std::make_shared<data::Store>(database, outbox, clock);
        directory = std::make_shared<data::Directory>(database);
    }

    void set_clock(const std::string& iso) { expect_ok(clock->set(*data::parse_instant(iso))); }

    data::Id center(const std::string& time_zone = "America/Chicago") {
        return expect_ok(store->create_center({0, "Center " + time_zone, time_zone})).id;
    }
    data::Id family() { return expect_ok(store->create_family({0, "Doe family"})).id; }
    data::Id adult(data::Id family_id, const std::string& email, bool door_access = true) {
        return expect_ok(store->create_adult(
                             {0, family_id, "Jane Doe", email, "guardian", door_access, false}))
            .id;
    }
    data::Id child(data::Id family_id) {
        return expect_ok(store->create_child({0, family_id, "Kid Doe"})).id;
    }
    data::Id contract(data::Id child_id, data::Id center_id, const std::string& start,
                      std::optional<std::string> end = std::nullopt) {
        return expect_ok(store->create_contract({0, child_id, center_id, start, end, "active"})).id;
    }

    // Every event in the outbox, oldest first, parsed.
    std::vector<Poco::JSON::Object::Ptr> events() {
        std::vector<Poco::JSON::Object::Ptr> parsed;
        for (const auto& event :
             expect_ok(outbox->events_after(0, data::all_event_types(), 100000))) {
            parsed.push_back(parse_object(event.document));
        }
        return parsed;
    }

    TempDir dir;
    std::shared_ptr<data::Database> database;
    std::shared_ptr<data::Outbox> outbox;
    std::shared_ptr<data::SettingsStore> settings;
    std::shared_ptr<data::HostClock> clock;
    std::shared_ptr<data::Store> store;
    std::shared_ptr<data::Directory> directory;
};

}  // namespace host::testing
