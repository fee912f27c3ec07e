#include <sdk/plugin.hpp>

namespace sdk {

ActionRequest ActionRequest::parse(const json::Object& request) {
    ActionRequest parsed;
    if (auto row = request->get("row"); !row.isEmpty()) {
        // Row ids are strings in UI documents; accept numbers too.
        parsed.row = row.isString() ? row.extract<std::string>() : row.convert<std::string>();
    }
    parsed.values = json::get_object(request, "values");
    if (parsed.values.isNull()) parsed.values = json::object();
    return parsed;
}

// The defaults below are never reached through the ABI: the export macro leaves the slot of
// a method a plugin does not override empty. They exist so that a subclass overrides only
// what its manifest declares.
void Plugin::configure(const json::Object&) {}
void Plugin::activate() {}
void Plugin::deactivate() {}

Reply Plugin::render_page(const std::string& page_id, const json::Object&) {
    return Reply::unsupported("no settings page '" + page_id + "'");
}
Reply Plugin::run_action(const std::string& page_id, const std::string& action_id,
                         const ActionRequest&) {
    return Reply::unsupported("no action '" + action_id + "' on page '" + page_id + "'");
}
Reply Plugin::render_tab(const std::string& tab_id, const json::Object&) {
    return Reply::unsupported("no profile tab '" + tab_id + "'");
}
Reply Plugin::save_tab(const std::string& tab_id, const json::Object&, const ActionRequest&) {
    return Reply::unsupported("no profile tab '" + tab_id + "'");
}
Reply Plugin::handle_event(const json::Object&) {
    return Reply::unsupported("no event handler");
}
Reply Plugin::list_doors(const json::Object&) {
    return Reply::unsupported("no door access");
}
Reply Plugin::unlock_door(const json::Object&, const std::string&) {
    return Reply::unsupported("no door access");
}
Reply Plugin::health() {
    return Reply::unsupported("no health report");
}

}  // namespace sdk
