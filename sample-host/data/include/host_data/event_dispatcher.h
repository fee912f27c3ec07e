// Delivers outbox events to the plugins that subscribe to them, in sequence order, at least
// once: an event a plugin does not acknowledge is retried (with exponential backoff) before
// anything after it, and the plugin's durable cursor only moves on acknowledgement, so a
// restart resumes where delivery stopped.
#pragma once

#include <chrono>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "host_data/outbox.h"

namespace host::data {

struct DeliveryOutcome {
    bool acknowledged = false;
    std::string message;  // why not, when not acknowledged
};

// Where events go: the plugin manager in the sample host, a test double in unit tests.
class EventTarget {
  public:
    virtual ~EventTarget() = default;
    // The plugins that subscribe to `event_type` (currently loaded and active or not).
    virtual std::vector<std::string> subscribers(const std::string& event_type) = 0;
    // Hands one event to one plugin and waits for its answer.
    virtual DeliveryOutcome deliver(const std::string& plugin_id,
                                    const std::string& event_json) = 0;
};

class EventDispatcher {
  public:
    struct Options {
        std::chrono::milliseconds first_retry{250};
        std::chrono::milliseconds max_retry{30'000};
        // Also look for work this often without being woken (new subscribers, missed wakes).
        std::chrono::milliseconds idle_poll{1'000};
        std::size_t batch = 100;
    };

    EventDispatcher(std::shared_ptr<Outbox> outbox, std::shared_ptr<EventTarget> target,
                    Options options);
    ~EventDispatcher();

    void start();
    void stop();
    // New events are in the outbox: deliver them now.
    void wake();

    // The event types `plugin_id` subscribes to.
    std::vector<std::string> subscriptions(const std::string& plugin_id);
    // Events the plugin subscribes to that it has not acknowledged yet.
    Result<std::int64_t> undelivered(const std::string& plugin_id);

  private:
    using SteadyTime = std::chrono::steady_clock::time_point;

    void run();
    // Delivers what is due; answers when the dispatcher should look again.
    SteadyTime deliver_due();
    // Delivers one batch to one plugin; answers false when it must back off.
    bool deliver_batch(const std::string& plugin_id, const std::vector<std::string>& types,
                       bool& more);
    std::map<std::string, std::vector<std::string>> consumers();
    bool stopping();

    std::shared_ptr<Outbox> outbox_;
    std::shared_ptr<EventTarget> target_;
    Options options_;

    std::mutex mutex_;
    std::condition_variable signal_;
    bool woken_ = false;
    bool stopping_ = false;
    std::thread thread_;

    struct Backoff {
        int failures = 0;
        SteadyTime retry_at{};
    };
    std::map<std::string, Backoff> backoff_;  // touched by the dispatcher thread only
};

}  // namespace host::data
