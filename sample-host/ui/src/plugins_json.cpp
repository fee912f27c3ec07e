#include "host_ui/plugins_json.h"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

namespace host::ui {

namespace {

Poco::Dynamic::Var parsedOrEmpty(const std::string& json) {
    if (json.empty()) return Poco::JSON::Array::Ptr(new Poco::JSON::Array);
    try {
        return Poco::JSON::Parser().parse(json);
    } catch (const Poco::Exception&) {
        return Poco::JSON::Array::Ptr(new Poco::JSON::Array);
    }
}

}  // namespace

Poco::JSON::Array::Ptr pluginsJson(const std::vector<host::loader::PluginInfo>& plugins) {
    Poco::JSON::Array::Ptr array = new Poco::JSON::Array;
    for (const auto& plugin : plugins) {
        Poco::JSON::Object::Ptr item = new Poco::JSON::Object;
        item->set("id", plugin.id);
        item->set("name", plugin.name.empty() ? plugin.id : plugin.name);
        item->set("version", plugin.version);
        item->set("state", std::string(host::loader::to_string(plugin.state)));
        item->set("reason", plugin.reason);
        Poco::JSON::Array::Ptr pages = new Poco::JSON::Array;
        Poco::JSON::Array::Ptr tabs = new Poco::JSON::Array;
        Poco::JSON::Array::Ptr events = new Poco::JSON::Array;
        if (plugin.manifest) {
            const auto& manifest = *plugin.manifest;
            item->set("description", manifest.description);
            item->set("vendor", manifest.vendor);
            for (const auto& page : manifest.settings_pages) {
                Poco::JSON::Object::Ptr entry = new Poco::JSON::Object;
                entry->set("id", page.id);
                entry->set("title", page.title);
                entry->set("location", page.location);
                pages->add(entry);
            }
            for (const auto& tab : manifest.profile_tabs) {
                Poco::JSON::Object::Ptr entry = new Poco::JSON::Object;
                entry->set("entity", tab.entity);
                entry->set("id", tab.id);
                entry->set("title", tab.title);
                tabs->add(entry);
            }
            for (const auto& event : manifest.events) events->add(event);
            item->set("data_sent_offsite", parsedOrEmpty(manifest.data_sent_offsite_json));
        }
        item->set("settings_pages", pages);
        item->set("profile_tabs", tabs);
        item->set("events", events);
        array->add(item);
    }
    return array;
}

}  // namespace host::ui
