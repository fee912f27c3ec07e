#include "host_web/app_doors_handler.h"

#include <algorithm>
#include <sstream>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Logger.h>

#include "host_web/exchange.h"
#include "host_web/plugin_replies.h"

namespace host::web {
namespace {

constexpr const char* door_access = "door_access";

std::string person_json(const data::AppPerson& person) {
    Poco::JSON::Object json;
    if (person.adult_id) json.set("adult_id", *person.adult_id);
    if (person.employee_id) json.set("employee_id", *person.employee_id);
    std::ostringstream out;
    json.stringify(out);
    return out.str();
}

// A refusal that says more than "not yours": the lock service's own failure wins over
// "forbidden" and "not found" when several plugins answer.
int weight(hp_status status) {
    switch (status) {
        case HP_E_NOT_FOUND:
            return 0;
        case HP_E_FORBIDDEN:
            return 1;
        default:
            return 2;
    }
}

}  // namespace

AppDoorsHandler::AppDoorsHandler(loader::PluginManager& plugins) : plugins_(plugins) {}

void AppDoorsHandler::add_routes(Router& router, const Guards& guards) {
    router.add("GET", "/app/doors",
               guards.app([this](Exchange& exchange, const data::AppPerson& person) {
                   list(exchange, person);
               }));
    router.add("POST", "/app/doors/{id}/unlock",
               guards.app([this](Exchange& exchange, const data::AppPerson& person) {
                   unlock(exchange, person);
               }));
}

std::vector<std::string> AppDoorsHandler::door_plugins() const {
    std::vector<std::string> ids;
    for (const auto& plugin : plugins_.plugins()) {
        if (!loader::is_serving(plugin.state) || !plugin.manifest) continue;
        const auto& capabilities = plugin.manifest->capabilities;
        if (std::find(capabilities.begin(), capabilities.end(), door_access) !=
            capabilities.end()) {
            ids.push_back(plugin.id);
        }
    }
    return ids;
}

void AppDoorsHandler::list(Exchange& exchange, const data::AppPerson& person) {
    Poco::JSON::Array doors;
    std::optional<loader::CallResult> failure;
    bool answered = false;
    for (const auto& id : door_plugins()) {
        const auto result = plugins_.list_doors(id, person_json(person));
        if (!result.ok()) {
            Poco::Logger::get("host.web")
                .warning("plugin '" + id + "' could not list doors: " + result.message);
            if (!failure) failure = result;
            continue;
        }
        try {
            const auto listed =
                Poco::JSON::Parser().parse(result.json).extract<Poco::JSON::Array::Ptr>();
            for (std::size_t i = 0; i < listed->size(); ++i) doors.add(listed->get(i));
            answered = true;
        } catch (const Poco::Exception& e) {
            Poco::Logger::get("host.web")
                .warning("plugin '" + id +
                         "' answered a door list that is not an array: " + e.displayText());
        }
    }
    // One plugin failing does not hide the doors of the others; all failing is an error.
    if (!answered && failure) return reply_document(exchange, *failure);
    exchange.reply(200, doors);
}

void AppDoorsHandler::unlock(Exchange& exchange, const data::AppPerson& person) {
    const std::string& door = exchange.param("id");
    std::optional<loader::CallResult> refusal;
    for (const auto& id : door_plugins()) {
        auto result = plugins_.unlock_door(id, person_json(person), door);
        if (result.ok()) return reply_outcome(exchange, result);
        if (!refusal || weight(result.status) > weight(refusal->status))
            refusal = std::move(result);
    }
    if (!refusal) return exchange.reply_error(503, "no door-access integration is active");
    reply_outcome(exchange, *refusal);
}

}  // namespace host::web
