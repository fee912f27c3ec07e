#include "host_data/event_dispatcher.h"

#include <algorithm>

#include <Poco/Logger.h>

namespace host::data {
namespace {

Poco::Logger& logger() {
    return Poco::Logger::get("host.events");
}

}  // namespace

EventDispatcher::EventDispatcher(std::shared_ptr<Outbox> outbox,
                                 std::shared_ptr<EventTarget> target, Options options)
    : outbox_(std::move(outbox)), target_(std::move(target)), options_(options) {}

EventDispatcher::~EventDispatcher() {
    stop();
}

void EventDispatcher::start() {
    std::lock_guard lock(mutex_);
    stopping_ = false;
    thread_ = std::thread([this] { run(); });
}

void EventDispatcher::stop() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    signal_.notify_all();
    if (thread_.joinable()) thread_.join();
}

bool EventDispatcher::stopping() {
    std::lock_guard lock(mutex_);
    return stopping_;
}

void EventDispatcher::wake() {
    {
        std::lock_guard lock(mutex_);
        woken_ = true;
    }
    signal_.notify_all();
}

std::vector<std::string> EventDispatcher::subscriptions(const std::string& plugin_id) {
    std::vector<std::string> types;
    for (const auto& type : all_event_types()) {
        const auto subscribers = target_->subscribers(type);
        if (std::find(subscribers.begin(), subscribers.end(), plugin_id) != subscribers.end()) {
            types.push_back(type);
        }
    }
    return types;
}

Result<std::int64_t> EventDispatcher::undelivered(const std::string& plugin_id) {
    return outbox_->undelivered(plugin_id, subscriptions(plugin_id));
}

std::map<std::string, std::vector<std::string>> EventDispatcher::consumers() {
    std::map<std::string, std::vector<std::string>> types_by_plugin;
    for (const auto& type : all_event_types()) {
        for (const auto& plugin_id : target_->subscribers(type)) {
            types_by_plugin[plugin_id].push_back(type);
        }
    }
    return types_by_plugin;
}

void EventDispatcher::run() {
    std::unique_lock lock(mutex_);
    while (!stopping_) {
        woken_ = false;
        lock.unlock();
        const SteadyTime next_look = deliver_due();
        lock.lock();
        signal_.wait_until(lock, next_look, [this] { return stopping_ || woken_; });
    }
}

EventDispatcher::SteadyTime EventDispatcher::deliver_due() {
    SteadyTime next_look = std::chrono::steady_clock::now() + options_.idle_poll;
    for (const auto& [plugin_id, types] : consumers()) {
        auto& backoff = backoff_[plugin_id];
        if (backoff.retry_at > std::chrono::steady_clock::now()) {
            next_look = std::min(next_look, backoff.retry_at);
            continue;
        }
        bool more = false;
        if (!deliver_batch(plugin_id, types, more)) {
            next_look = std::min(next_look, backoff.retry_at);
        } else if (more) {
            next_look = std::chrono::steady_clock::now();  // a full batch: come straight back
        }
        if (stopping()) break;
    }
    return next_look;
}

bool EventDispatcher::deliver_batch(const std::string& plugin_id,
                                    const std::vector<std::string>& types, bool& more) {
    auto& backoff = backoff_[plugin_id];
    const auto fail = [&](const std::string& message) {
        ++backoff.failures;
        const std::chrono::milliseconds doubled =
            options_.first_retry * (std::int64_t{1} << std::min(backoff.failures - 1, 16));
        const auto delay = std::min(options_.max_retry, doubled);
        backoff.retry_at = std::chrono::steady_clock::now() + delay;
        logger().warning("event delivery to plugin '" + plugin_id + "' failed (" + message +
                         "); retrying in " + std::to_string(delay.count()) + " ms");
        return false;
    };
    auto cursor = outbox_->cursor(plugin_id);
    if (!cursor) return fail(cursor.error().message);
    auto events = outbox_->events_after(cursor.value().delivered_through, types, options_.batch);
    if (!events) return fail(events.error().message);
    for (const auto& event : events.value()) {
        if (stopping()) return true;  // the cursor says where to resume
        const auto outcome = target_->deliver(plugin_id, event.document);
        if (!outcome.acknowledged) {
            const std::string message = "event " + std::to_string(event.sequence) + " (" +
                                        event.type + "): " + outcome.message;
            if (auto recorded = outbox_->record_failure(plugin_id, message); !recorded) {
                logger().error(recorded.error().message);
            }
            return fail(message);
        }
        if (auto stored = outbox_->acknowledge(plugin_id, event.sequence); !stored) {
            return fail(stored.error().message);  // the event is delivered again: at least once
        }
    }
    backoff = Backoff{};
    more = events.value().size() == options_.batch;
    return true;
}

}  // namespace host::data
