// The dispatcher against a test double of its delivery interface (EventTarget). The acceptance
// test through a real loaded plugin is in tests/host/api.
#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <set>

#include "data_fixture.h"
#include "host_data/event_dispatcher.h"

namespace host::testing {
namespace {

using namespace std::chrono_literals;

// Records deliveries; refuses the first `refusals` attempts of each event.
class RecordingTarget : public data::EventTarget {
  public:
    explicit RecordingTarget(std::vector<std::string> types) : types_(std::move(types)) {}

    std::vector<std::string> subscribers(const std::string& type) override {
        for (const auto& t : types_) {
            if (t == type) return {"recorder"};
        }
        return {};
    }

    data::DeliveryOutcome deliver(const std::string& plugin_id, const std::string& json) override {
        EXPECT_EQ(plugin_id, "recorder");
        const auto event = parse_object(json);
        std::lock_guard lock(mutex_);
        const auto id = event->getValue<std::string>("event_id");
        if (attempts_[id]++ < refusals) return {false, "not now"};
        deliveries.push_back(event);
        if (event->getValue<std::int64_t>("sequence") == lose_ack_of && attempts_[id] == 1) {
            // Recorded, but the acknowledgement never reached the host.
            return {false, "connection lost"};
        }
        changed_.notify_all();
        return {true, ""};
    }

    bool wait_for(std::size_t count) {
        std::unique_lock lock(mutex_);
        return changed_.wait_for(lock, 10s, [&] { return deliveries.size() >= count; });
    }

    std::size_t attempts(const std::string& event_id) {
        std::lock_guard lock(mutex_);
        return attempts_[event_id];
    }

    std::size_t refusals = 0;
    std::int64_t lose_ack_of = 0;
    std::vector<Poco::JSON::Object::Ptr> deliveries;

  private:
    std::vector<std::string> types_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::map<std::string, std::size_t> attempts_;
};

class EventDispatcherTest : public DataFixture {
  protected:
    std::unique_ptr<data::EventDispatcher> dispatcher_for(std::shared_ptr<RecordingTarget> target) {
        auto dispatcher = std::make_unique<data::EventDispatcher>(
            outbox, target, data::EventDispatcher::Options{5ms, 20ms, 50ms, 3});
        outbox->on_announce([d = dispatcher.get()] { d->wake(); });
        return dispatcher;
    }
};

TEST_F(EventDispatcherTest, DeliversSubscribedEventsInOrder) {
    auto target = std::make_shared<RecordingTarget>(std::vector<std::string>{"adult.changed/1"});
    auto dispatcher = dispatcher_for(target);
    dispatcher->start();
    const auto family_id = family();
    const auto first = adult(family_id, "a@example.com");
    contract(child(family_id), center(), "2025-01-01");  // not subscribed
    const auto second = adult(family_id, "b@example.com");
    ASSERT_TRUE(target->wait_for(2));
    dispatcher->stop();
    ASSERT_EQ(target->deliveries.size(), 2u);
    EXPECT_EQ(target->deliveries[0]->getObject("adult")->getValue<data::Id>("id"), first);
    EXPECT_EQ(target->deliveries[1]->getObject("adult")->getValue<data::Id>("id"), second);
    EXPECT_EQ(expect_ok(dispatcher->undelivered("recorder")), 0);
}

TEST_F(EventDispatcherTest, RedeliversAnEventThatWasNotAcknowledged) {
    auto target = std::make_shared<RecordingTarget>(data::all_event_types());
    target->refusals = 2;
    auto dispatcher = dispatcher_for(target);
    adult(family(), "a@example.com");
    EXPECT_EQ(expect_ok(dispatcher->undelivered("recorder")), 1);
    dispatcher->start();
    ASSERT_TRUE(target->wait_for(1));
    dispatcher->stop();
    const auto event_id = target->deliveries[0]->getValue<std::string>("event_id");
    EXPECT_EQ(target->attempts(event_id), 3u);
    EXPECT_EQ(expect_ok(outbox->cursor("recorder")).failed_attempts, 0);
    EXPECT_EQ(expect_ok(dispatcher->undelivered("recorder")), 0);
}

TEST_F(EventDispatcherTest, RecordsTheReasonWhileRetrying) {
    auto target = std::make_shared<RecordingTarget>(data::all_event_types());
    target->refusals = 1000;
    auto dispatcher = dispatcher_for(target);
    adult(family(), "a@example.com");
    dispatcher->start();
    for (int i = 0; i < 200 && expect_ok(outbox->cursor("recorder")).failed_attempts < 2; ++i) {
        std::this_thread::sleep_for(5ms);
    }
    dispatcher->stop();
    const auto cursor = expect_ok(outbox->cursor("recorder"));
    EXPECT_GE(cursor.failed_attempts, 2);
    EXPECT_NE(cursor.last_error.find("not now"), std::string::npos);
    EXPECT_EQ(cursor.delivered_through, 0);
}

TEST_F(EventDispatcherTest, ResumesAfterRestartAndEachChangeTakesEffectOnce) {
    const auto family_id = family();
    const auto center_id = center();
    std::vector<data::Id> contracts;
    for (int i = 0; i < 10; ++i) {
        contracts.push_back(contract(child(family_id), center_id, "2025-01-01"));
    }
    {
        // Deliver only part of the batch, then "stop the host" mid-way.
        auto target = std::make_shared<RecordingTarget>(data::all_event_types());
        auto dispatcher = dispatcher_for(target);
        dispatcher->start();
        ASSERT_TRUE(target->wait_for(4));
        dispatcher->stop();
    }
    const auto delivered_before = expect_ok(outbox->cursor("recorder")).delivered_through;
    EXPECT_GE(delivered_before, 4);
    open();  // restart over the same files
    // A second batch of changes arrives while the host is starting.
    data::ContractPatch withdraw;
    withdraw.status = "withdrawn";
    for (int i = 0; i < 3; ++i) expect_ok(store->update_contract(contracts[i], withdraw));

    auto target = std::make_shared<RecordingTarget>(data::all_event_types());
    auto dispatcher = dispatcher_for(target);
    dispatcher->start();
    ASSERT_TRUE(target->wait_for(13 - static_cast<std::size_t>(delivered_before)));
    dispatcher->stop();

    std::set<std::string> ids;
    for (const auto& event : target->deliveries) {
        EXPECT_GT(event->getValue<std::int64_t>("sequence"), delivered_before);
        ids.insert(event->getValue<std::string>("event_id"));
    }
    EXPECT_EQ(ids.size(), target->deliveries.size());
    EXPECT_EQ(expect_ok(outbox->cursor("recorder")).delivered_through, 13);
    EXPECT_EQ(expect_ok(dispatcher->undelivered("recorder")), 0);
}

TEST_F(EventDispatcherTest, ALostAcknowledgementIsRedeliveredAndDeduplicatedByEventId) {
    const auto family_id = family();
    for (int i = 0; i < 5; ++i) adult(family_id, "a" + std::to_string(i) + "@example.com");
    auto target = std::make_shared<RecordingTarget>(data::all_event_types());
    target->lose_ack_of = 3;
    auto dispatcher = dispatcher_for(target);
    dispatcher->start();
    ASSERT_TRUE(target->wait_for(6));
    dispatcher->stop();

    ASSERT_EQ(target->deliveries.size(), 6u);
    std::map<std::string, std::int64_t> applied;  // event_id -> sequence, as a deduplicating plugin
    for (const auto& event : target->deliveries) {
        applied.emplace(event->getValue<std::string>("event_id"),
                        event->getValue<std::int64_t>("sequence"));
    }
    EXPECT_EQ(applied.size(), 5u);
    EXPECT_EQ(target->deliveries[2]->getValue<std::string>("event_id"),
              target->deliveries[3]->getValue<std::string>("event_id"));
}

}  // namespace
}  // namespace host::testing
