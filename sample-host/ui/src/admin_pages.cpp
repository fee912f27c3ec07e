#include "host_ui/admin_pages.h"

#include <Poco/StringTokenizer.h>

#include <array>
#include <regex>
#include <vector>

#include "host_ui/page_template.h"

namespace host::ui {
namespace {

struct NavEntry {
    const char* id;
    const char* label;
    const char* href;
};

constexpr std::array<NavEntry, 5> kNav{{
    {"centers", "Centers", "/admin/centers"},
    {"families", "Families", "/admin/families"},
    {"employees", "Employees", "/admin/employees"},
    {"settings", "Settings", "/admin/settings/integrations"},
    {"plugins", "Plugins", "/admin/plugins"},
}};

std::vector<std::string> segments(std::string_view path) {
    Poco::StringTokenizer tokens(std::string(path), "/", Poco::StringTokenizer::TOK_IGNORE_EMPTY);
    return {tokens.begin(), tokens.end()};
}

bool isNumericId(const std::string& text) {
    static const std::regex pattern("[1-9][0-9]{0,17}");
    return std::regex_match(text, pattern);
}

// The UI document schema's id pattern, for plugin, page and tab ids.
bool isPluginId(const std::string& text) {
    static const std::regex pattern("[A-Za-z0-9_.:-]{1,128}");
    return std::regex_match(text, pattern);
}

std::string navHtml(const std::string& current) {
    std::string html;
    for (const auto& entry : kNav) {
        html += "<a href=\"";
        html += entry.href;
        html += "\"";
        if (current == entry.id) html += " aria-current=\"page\"";
        html += ">";
        html += entry.label;
        html += "</a>";
    }
    return html;
}

AdminPage listPage(const std::string& id, const std::string& title) {
    AdminPage page;
    page.page = id;
    page.title = title;
    page.nav = id;
    return page;
}

AdminPage detailPage(const std::string& id, const std::string& title, const std::string& nav,
                     const std::string& entity_id, const std::string& parent_title) {
    AdminPage page;
    page.page = id;
    page.title = title;
    page.nav = nav;
    page.entity_id = entity_id;
    page.parent_title = parent_title;
    page.parent_href = "/admin/" + nav;
    return page;
}

}  // namespace

std::optional<AdminPage> resolveAdminPage(std::string_view path) {
    const auto parts = segments(path);
    if (parts.size() < 2 || parts[0] != "admin") return std::nullopt;
    const std::string& area = parts[1];
    const std::size_t n = parts.size();
    if (area == "centers" && n == 2) return listPage("centers", "Centers");
    if (area == "families" && n == 2) return listPage("families", "Families");
    if (area == "families" && n == 3 && isNumericId(parts[2])) {
        return detailPage("family", "Family", "families", parts[2], "Families");
    }
    if (area == "employees" && n == 2) return listPage("employees", "Employees");
    if (area == "employees" && n >= 3 && isNumericId(parts[2])) {
        AdminPage page = detailPage("employee", "Employee", "employees", parts[2], "Employees");
        if (n == 3) return page;
        if (n == 6 && parts[3] == "tabs" && isPluginId(parts[4]) && isPluginId(parts[5])) {
            page.plugin = parts[4];
            page.tab = parts[5];
            return page;
        }
        return std::nullopt;
    }
    if (area == "settings" && n >= 3 && parts[2] == "integrations") {
        AdminPage page = detailPage("integrations", "Integrations", "settings", "", "Settings");
        page.parent_href = "/admin/settings/integrations";
        if (n == 3) return page;
        if (n == 5 && isPluginId(parts[3]) && isPluginId(parts[4])) {
            page.plugin = parts[3];
            page.tab = parts[4];
            return page;
        }
        return std::nullopt;
    }
    if (area == "plugins" && n == 2) return listPage("plugins", "Plugins");
    return std::nullopt;
}

std::optional<std::string> adminRedirect(std::string_view path) {
    const auto parts = segments(path);
    if (parts.size() == 1 && parts[0] == "admin") return std::string("/admin/centers");
    if (parts.size() == 2 && parts[0] == "admin" && parts[1] == "settings") {
        return std::string("/admin/settings/integrations");
    }
    return std::nullopt;
}

std::string renderAdminPage(const AdminPage& page, const Session& session) {
    std::string breadcrumb;
    if (!page.parent_href.empty()) {
        breadcrumb = "<div class=\"breadcrumb\"><a href=\"" + htmlEscape(page.parent_href) + "\">" +
                     htmlEscape(page.parent_title) + "</a> /</div>";
    }
    return renderTemplate("admin.html", {
                                            {"csrf_token", htmlEscape(session.csrf_token)},
                                            {"title", htmlEscape(page.title)},
                                            {"page", htmlEscape(page.page)},
                                            {"entity_id", htmlEscape(page.entity_id)},
                                            {"plugin", htmlEscape(page.plugin)},
                                            {"tab", htmlEscape(page.tab)},
                                            {"nav", navHtml(page.nav)},
                                            {"breadcrumb", breadcrumb},
                                        });
}

}  // namespace host::ui
