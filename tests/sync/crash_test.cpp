// kill -9 of the process running the engine, mid-sync, then a restart: everything converges,
// nothing is duplicated. The engine runs in a child process (sync_crash_child) over the same
// data directory; the sample host's own process is not needed for this.
#include "support/sync_world.hpp"

#include <Poco/Pipe.h>
#include <Poco/Process.h>

#include <gtest/gtest.h>

#include <csignal>
#include <fstream>
#include <thread>

namespace sync_test {
namespace {

TEST(Crash, KillNineMidSyncThenRestartConvergesWithoutDuplicates) {
    SyncWorld world;
    world.stop();  // the child process runs the engine; this one only queues and checks
    const auto parents = world.centers.at(0).parent_group;
    std::set<std::string> expected;
    constexpr std::int64_t families = 60;
    for (std::int64_t f = 1; f <= families; ++f) {
        const std::string email = "guardian" + std::to_string(f) + "@example.com";
        world.model.put(Child{f, f});
        world.model.put(Adult{f, f, "Guardian", email});
        ASSERT_TRUE(world.deliver(world.model.put(Contract{f, f, 1, "2026-03-01"})));
        expected.insert(SyncWorld::grant(email, parents, "2026-03-01T06:00:00Z"));
    }
    const auto model_file = world.data_dir() / "model.json";
    std::ofstream(model_file) << world.model.to_json();
    world.control.inject(R"({"latency": {"ms": 15}})");

    Poco::Pipe out;
    auto child = Poco::Process::launch(
        SYNC_CRASH_CHILD,
        {world.data_dir().string(), "http://127.0.0.1:" + std::to_string(world.sandbox_port()),
         world.api_key(), model_file.string(), std::to_string(world.clock.now_ms())},
        nullptr, &out, nullptr);
    // Kill it once part of the grants are in Kisi.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    std::size_t granted = 0;
    while (std::chrono::steady_clock::now() < deadline) {
        auto listed = world.admin().list_group_role_assignments(parents);
        ASSERT_TRUE(listed.ok());
        granted = listed.value().size();
        if (granted >= 15) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    ASSERT_TRUE(Poco::Process::isRunning(child)) << "the child ended before it was killed";
    ::kill(child.id(), SIGKILL);
    child.wait();
    ASSERT_GE(granted, 15u);
    ASSERT_LT(granted, std::size_t(families)) << "the sync finished before the kill";

    world.control.clear_faults();
    world.restart();
    ASSERT_TRUE(world.settle(std::chrono::seconds(60)));
    EXPECT_EQ(world.kisi_state(), expected);
    auto listed = world.admin().list_group_role_assignments(parents);
    ASSERT_TRUE(listed.ok());
    EXPECT_EQ(listed.value().size(), std::size_t(families));
    EXPECT_EQ(world.store().ledger.count(), families);
    EXPECT_EQ(world.store().user_links.all().size(), std::size_t(families));
}

}  // namespace
}  // namespace sync_test
