#include "strand.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <future>
#include <thread>

namespace {

using host::loader::Strand;
using namespace std::chrono_literals;

TEST(StrandTest, RunsTasksOneAtATimeOnItsOwnThread) {
    Strand strand("test", 8);
    std::atomic<int> running{0};
    std::atomic<int> overlaps{0};
    std::thread::id worker;
    auto task = [&] {
        if (running.fetch_add(1) != 0) ++overlaps;
        worker = std::this_thread::get_id();
        std::this_thread::sleep_for(2ms);
        running.fetch_sub(1);
    };
    std::vector<std::future<Strand::Outcome>> callers;
    for (int i = 0; i < 6; ++i) {
        callers.push_back(std::async(std::launch::async, [&] { return strand.run(task, 5s); }));
    }
    for (auto& caller : callers) EXPECT_EQ(caller.get(), Strand::Outcome::done);
    EXPECT_EQ(overlaps.load(), 0);
    EXPECT_NE(worker, std::this_thread::get_id());
}

TEST(StrandTest, ATimedOutTaskKeepsTheStrandBusyUntilItReturns) {
    Strand strand("test", 8);
    std::promise<void> release;
    std::shared_future<void> released = release.get_future().share();
    std::promise<std::chrono::milliseconds> late;
    strand.on_late_return([&](std::chrono::milliseconds took) { late.set_value(took); });

    EXPECT_EQ(strand.run([released] { released.wait(); }, 20ms), Strand::Outcome::timed_out);
    EXPECT_TRUE(strand.stuck());
    EXPECT_EQ(strand.run([] {}, 1s), Strand::Outcome::busy);

    release.set_value();
    late.get_future().wait();
    EXPECT_FALSE(strand.stuck());
    EXPECT_EQ(strand.run([] {}, 1s), Strand::Outcome::done);
}

TEST(StrandTest, AFullQueueRefusesAndAQueuedTaskPastItsDeadlineIsDropped) {
    Strand strand("test", 1);
    std::promise<void> release;
    std::shared_future<void> released = release.get_future().share();
    std::promise<void> started;
    auto first = std::async(std::launch::async, [&] {
        return strand.run(
            [&] {
                started.set_value();
                released.wait();
            },
            10s);
    });
    started.get_future().wait();

    bool ran = false;
    EXPECT_EQ(strand.run([&] { ran = true; }, 20ms), Strand::Outcome::not_started);
    auto queued = std::async(std::launch::async, [&] { return strand.run([] {}, 10s); });
    // Wait until the second caller occupies the only queue slot.
    Strand::Outcome third = Strand::Outcome::done;
    for (int attempt = 0; attempt < 1000 && third != Strand::Outcome::busy; ++attempt) {
        third = strand.run([] {}, 0ms);
        std::this_thread::sleep_for(1ms);
    }
    EXPECT_EQ(third, Strand::Outcome::busy);

    release.set_value();
    EXPECT_EQ(first.get(), Strand::Outcome::done);
    EXPECT_EQ(queued.get(), Strand::Outcome::done);
    EXPECT_FALSE(ran);
}

TEST(StrandTest, CloseAndDrainFinishesQueuedWorkThenRefuses) {
    Strand strand("test", 8);
    std::promise<void> started;
    std::atomic<bool> finished{false};
    auto caller = std::async(std::launch::async, [&] {
        return strand.run(
            [&] {
                started.set_value();
                std::this_thread::sleep_for(20ms);
                finished = true;
            },
            5s);
    });
    started.get_future().wait();
    EXPECT_TRUE(strand.close_and_drain(5s));
    EXPECT_TRUE(finished.load());
    EXPECT_EQ(caller.get(), Strand::Outcome::done);
    EXPECT_EQ(strand.run([] {}, 1s), Strand::Outcome::closed);
}

}  // namespace
