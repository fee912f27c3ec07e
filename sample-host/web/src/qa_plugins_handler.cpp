#include "host_web/qa_plugins_handler.h"

#include <chrono>
#include <thread>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>

#include "host_web/exchange.h"

namespace host::web {
namespace {

using namespace std::chrono_literals;

constexpr std::int64_t default_settle_ms = 10'000;
constexpr std::int64_t max_settle_ms = 600'000;

Poco::JSON::Array::Ptr array_of(const std::vector<std::string>& values) {
    Poco::JSON::Array::Ptr array = new Poco::JSON::Array;
    for (const auto& value : values) array->add(value);
    return array;
}

// What is still to do for a plugin: the host's undelivered events and the plugin's own work.
struct Backlog {
    std::int64_t undelivered_events = -1;
    std::int64_t pending_work = -1;
    std::string problem;  // why a number is unknown

    bool settled() const { return undelivered_events == 0 && pending_work == 0; }
};

Backlog backlog_of(loader::PluginManager& plugins, data::EventDispatcher& dispatcher,
                   const std::string& id) {
    Backlog backlog;
    if (auto undelivered = dispatcher.undelivered(id)) {
        backlog.undelivered_events = undelivered.value();
    } else {
        backlog.problem = undelivered.error().message;
    }
    const auto health = plugins.health(id);
    if (!health.ok()) {
        backlog.problem = "health check failed: " + health.message;
        return backlog;
    }
    try {
        const auto report =
            Poco::JSON::Parser().parse(health.json).extract<Poco::JSON::Object::Ptr>();
        backlog.pending_work = report->getValue<std::int64_t>("pending_work");
    } catch (const Poco::Exception& e) {
        backlog.problem = "the plugin's health report has no pending_work: " + e.displayText();
    }
    return backlog;
}

}  // namespace

QaPluginsHandler::QaPluginsHandler(loader::PluginManager& plugins,
                                   std::shared_ptr<data::EventDispatcher> dispatcher)
    : plugins_(plugins), dispatcher_(std::move(dispatcher)) {}

void QaPluginsHandler::add_routes(Router& router, const Guards& guards) {
    router.add("GET", "/qa/plugins", guards.qa([this](Exchange& exchange) { list(exchange); }));
    router.add("POST", "/qa/plugins/{id}/settle",
               guards.qa([this](Exchange& exchange) { settle(exchange); }));
}

void QaPluginsHandler::list(Exchange& exchange) {
    Poco::JSON::Array list;
    for (const auto& plugin : plugins_.plugins()) {
        Poco::JSON::Object::Ptr entry = new Poco::JSON::Object;
        entry->set("id", plugin.id);
        entry->set("name", plugin.name);
        entry->set("version", plugin.version);
        entry->set("state", std::string(loader::to_string(plugin.state)));
        entry->set("reason", plugin.reason);
        entry->set("events", array_of(plugin.manifest ? plugin.manifest->events
                                                      : std::vector<std::string>{}));
        entry->set("capabilities", array_of(plugin.manifest ? plugin.manifest->capabilities
                                                            : std::vector<std::string>{}));
        const auto undelivered = dispatcher_->undelivered(plugin.id);
        entry->set("undelivered_events",
                   undelivered ? Poco::Dynamic::Var(undelivered.value()) : Poco::Dynamic::Var());
        list.add(entry);
    }
    exchange.reply(200, list);
}

void QaPluginsHandler::settle(Exchange& exchange) {
    const auto body = exchange.json_body();
    if (!body) return;
    std::int64_t timeout_ms = default_settle_ms;
    if (body->has("timeout_ms")) {
        const auto& value = body->get("timeout_ms");
        if (!value.isInteger() || value.isBoolean() || value.convert<std::int64_t>() < 0 ||
            value.convert<std::int64_t>() > max_settle_ms) {
            return exchange.reply_error(422, "timeout_ms must be an integer from 0 to 600000");
        }
        timeout_ms = value.convert<std::int64_t>();
    }
    const std::string id = exchange.param("id");
    const auto plugin = plugins_.find(id);
    if (!plugin) return exchange.reply_error(404, "no plugin '" + id + "' is installed");
    if (!loader::is_serving(plugin->state)) {
        return exchange.reply_error(409, "plugin '" + id + "' is not serving (" +
                                             std::string(loader::to_string(plugin->state)) +
                                             "): " + plugin->reason);
    }
    dispatcher_->wake();
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
    Backlog backlog = backlog_of(plugins_, *dispatcher_, id);
    while (!backlog.settled() && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(20ms);
        backlog = backlog_of(plugins_, *dispatcher_, id);
    }
    Poco::JSON::Object answer;
    answer.set("settled", backlog.settled());
    answer.set("undelivered_events", backlog.undelivered_events);
    answer.set("pending_work", backlog.pending_work);
    if (backlog.settled()) return exchange.reply(200, answer);
    answer.set("error", "plugin '" + id + "' did not settle within " + std::to_string(timeout_ms) +
                            " ms" + (backlog.problem.empty() ? "" : ": " + backlog.problem));
    exchange.reply(504, answer);
}

}  // namespace host::web
