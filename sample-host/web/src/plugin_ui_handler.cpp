#include "host_web/plugin_ui_handler.h"

#include <algorithm>
#include <sstream>

#include "host_web/exchange.h"
#include "host_web/plugin_replies.h"

namespace host::web {
namespace {

std::string text_of(const Poco::JSON::Object& object) {
    std::ostringstream out;
    object.stringify(out);
    return out.str();
}

}  // namespace

PluginUiHandler::PluginUiHandler(loader::PluginManager& plugins, std::shared_ptr<data::Store> store)
    : plugins_(plugins), store_(std::move(store)) {}

void PluginUiHandler::add_routes(Router& router, const Guards& guards) {
    const auto bound = [this](void (PluginUiHandler::*method)(Exchange&, const Admin&)) {
        return [this, method](Exchange& exchange, const Admin& admin) {
            (this->*method)(exchange, admin);
        };
    };
    router.add("GET", "/api/plugins/{plugin}/pages/{page}",
               guards.admin(bound(&PluginUiHandler::render_page)));
    router.add("POST", "/api/plugins/{plugin}/pages/{page}/actions/{action}",
               guards.admin(bound(&PluginUiHandler::run_action)));
    router.add("GET", "/api/employees/{id}/tabs/{plugin}/{tab}",
               guards.admin(bound(&PluginUiHandler::render_tab)));
    router.add("POST", "/api/employees/{id}/tabs/{plugin}/{tab}",
               guards.admin(bound(&PluginUiHandler::save_tab)));
}

std::optional<loader::Manifest> PluginUiHandler::serving_manifest(Exchange& exchange) {
    const std::string& id = exchange.param("plugin");
    const auto plugin = plugins_.find(id);
    if (!plugin || !plugin->manifest) {
        exchange.reply_error(404, "no plugin '" + id + "' is installed");
        return std::nullopt;
    }
    if (!loader::is_serving(plugin->state)) {
        exchange.reply_error(503, "plugin '" + id + "' is not serving (" +
                                      std::string(loader::to_string(plugin->state)) +
                                      "): " + plugin->reason);
        return std::nullopt;
    }
    return plugin->manifest;
}

bool PluginUiHandler::page_declared(Exchange& exchange) {
    const auto manifest = serving_manifest(exchange);
    if (!manifest) return false;
    const std::string& page = exchange.param("page");
    const bool declared =
        std::any_of(manifest->settings_pages.begin(), manifest->settings_pages.end(),
                    [&](const auto& spec) { return spec.id == page; });
    if (!declared) {
        exchange.reply_error(404,
                             "plugin '" + manifest->id + "' has no settings page '" + page + "'");
    }
    return declared;
}

std::optional<std::string> PluginUiHandler::tab_entity(Exchange& exchange) {
    const auto id = exchange.id_param("id", "employee");
    if (!id) return std::nullopt;
    const auto manifest = serving_manifest(exchange);
    if (!manifest) return std::nullopt;
    const std::string& tab = exchange.param("tab");
    const bool declared =
        std::any_of(manifest->profile_tabs.begin(), manifest->profile_tabs.end(),
                    [&](const auto& spec) { return spec.entity == "employee" && spec.id == tab; });
    if (!declared) {
        exchange.reply_error(404,
                             "plugin '" + manifest->id + "' has no employee tab '" + tab + "'");
        return std::nullopt;
    }
    if (auto employee = store_->employee(*id); !employee) {
        exchange.reply_error(employee.error());
        return std::nullopt;
    }
    Poco::JSON::Object entity;
    entity.set("entity", "employee");
    entity.set("id", *id);
    return text_of(entity);
}

void PluginUiHandler::render_page(Exchange& exchange, const Admin& admin) {
    if (!page_declared(exchange)) return;
    Poco::JSON::Object context;
    context.set("user", admin.user);
    reply_document(exchange, plugins_.render_page(exchange.param("plugin"), exchange.param("page"),
                                                  text_of(context)));
}

void PluginUiHandler::run_action(Exchange& exchange, const Admin&) {
    if (!page_declared(exchange)) return;
    const auto body = exchange.json_body();
    if (!body) return;
    reply_outcome(exchange, plugins_.run_action(exchange.param("plugin"), exchange.param("page"),
                                                exchange.param("action"), text_of(*body)));
}

void PluginUiHandler::render_tab(Exchange& exchange, const Admin&) {
    const auto entity = tab_entity(exchange);
    if (!entity) return;
    reply_document(exchange,
                   plugins_.render_tab(exchange.param("plugin"), exchange.param("tab"), *entity));
}

void PluginUiHandler::save_tab(Exchange& exchange, const Admin&) {
    const auto entity = tab_entity(exchange);
    if (!entity) return;
    const auto body = exchange.json_body();
    if (!body) return;
    reply_outcome(exchange, plugins_.save_tab(exchange.param("plugin"), exchange.param("tab"),
                                              *entity, text_of(*body)));
}

}  // namespace host::web
