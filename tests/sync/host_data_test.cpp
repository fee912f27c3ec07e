// The engine against the sample host's own data layer (host_data: store, outbox events and
// directory), so that what it parses is exactly what the host writes and answers.
#include "support/sync_world.hpp"

#include "host_data/calendar.h"
#include "host_data/database.h"
#include "host_data/directory.h"
#include "host_data/host_clock.h"
#include "host_data/outbox.h"
#include "host_data/settings_store.h"
#include "host_data/store.h"

#include <gtest/gtest.h>

namespace sync_test {
namespace {

namespace data = host::data;

template <class T>
T ok(data::Result<T> result) {
    if (!result.ok()) throw std::runtime_error(result.error().message);
    return std::move(result).value();
}

// The sample host's data components over a database in `dir`, as the host wires them.
struct HostData {
    explicit HostData(const std::filesystem::path& dir)
        : database(ok(data::Database::open(dir / "host.db"))),
          outbox(std::make_shared<data::Outbox>(database)),
          settings(std::make_shared<data::SettingsStore>(database)),
          clock(ok(data::HostClock::open(settings))),
          store(std::make_shared<data::Store>(database, outbox, clock)),
          directory(std::make_shared<data::Directory>(database)) {}

    DirectoryFn as_directory() {
        return [directory = directory](const std::string& request) {
            auto answer = directory->query(request);
            if (answer.ok()) return DirectoryAnswer{HP_OK, answer.value()};
            return DirectoryAnswer{answer.error().kind == data::ErrorKind::not_found
                                       ? HP_E_NOT_FOUND
                                       : HP_E_INVALID_ARGUMENT,
                                   answer.error().message};
        };
    }

    std::shared_ptr<data::Database> database;
    std::shared_ptr<data::Outbox> outbox;
    std::shared_ptr<data::SettingsStore> settings;
    std::shared_ptr<data::HostClock> clock;
    std::shared_ptr<data::Store> store;
    std::shared_ptr<data::Directory> directory;
};

class WithHostData : public ::testing::Test {
  protected:
    WithHostData() : dir_(std::filesystem::temp_directory_path() / "kisi-sync-host-data") {
        std::filesystem::remove_all(dir_);
        std::filesystem::create_directories(dir_);
        host_ = std::make_unique<HostData>(dir_);
        // The world's three centers, with the same ids and time zones.
        for (int i = 1; i <= 3; ++i)
            ok(host_->store->create_center({0, "Center " + std::to_string(i), "America/Chicago"}));
        WorldOptions options;
        options.directory = host_->as_directory();
        world_ = std::make_unique<SyncWorld>(options);
    }
    ~WithHostData() override {
        world_.reset();
        host_.reset();
        std::filesystem::remove_all(dir_);
    }

    // Delivers every outbox event not delivered yet, as the host's dispatcher does.
    void deliver_new_events() {
        for (const auto& event :
             ok(host_->outbox->events_after(delivered_, data::all_event_types(), 1000))) {
            EXPECT_TRUE(world_->deliver(event.document)) << event.document;
            delivered_ = event.sequence;
        }
        ASSERT_TRUE(world_->settle());
    }

    std::int64_t parents(int center) const { return world_->centers.at(center - 1).parent_group; }
    std::int64_t staff(int center) const { return world_->centers.at(center - 1).staff_group; }

    std::filesystem::path dir_;
    std::unique_ptr<HostData> host_;
    std::unique_ptr<SyncWorld> world_;
    std::int64_t delivered_ = 0;
};

TEST_F(WithHostData, FamilyMovesAndIsBarredThenStaffJoins) {
    auto& store = *host_->store;
    const auto family = ok(store.create_family({0, "Doe"})).id;
    const auto jane =
        ok(store.create_adult({0, family, "Jane Doe", "jane@example.com", "guardian", true, false}))
            .id;
    ok(store.create_adult({0, family, "John Doe", "john@example.com", "pickup", true, false}));
    const auto child = ok(store.create_child({0, family, "Kid Doe"})).id;
    const auto contract =
        ok(store.create_contract({0, child, 1, "2026-03-01", std::nullopt, "active"})).id;
    deliver_new_events();
    const std::string march_1 = "2026-03-01T06:00:00Z";
    EXPECT_EQ(world_->kisi_state(),
              (std::set<std::string>{SyncWorld::grant("jane@example.com", parents(1), march_1),
                                     SyncWorld::grant("john@example.com", parents(1), march_1)}));

    data::ContractPatch move;
    move.center_id = 2;
    ok(store.update_contract(contract, move));
    data::AdultPatch bar;
    bar.do_not_admit = true;
    ok(store.update_adult(jane, bar));
    deliver_new_events();
    EXPECT_EQ(world_->kisi_state(),
              (std::set<std::string>{SyncWorld::grant("john@example.com", parents(2), march_1)}));

    ok(store.create_employee({0, "Eve Staff", "eve@example.com", 3, "active"}));
    deliver_new_events();
    EXPECT_EQ(world_->kisi_state(),
              (std::set<std::string>{SyncWorld::grant("john@example.com", parents(2), march_1),
                                     SyncWorld::grant("eve@example.com", staff(3), "open")}));
}

}  // namespace
}  // namespace sync_test
