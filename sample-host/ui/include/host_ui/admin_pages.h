#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "host_ui/session_store.h"

namespace host::ui {

// One admin page as the server names it; the page's script fills in the content.
struct AdminPage {
    std::string page;  // the script's page name: centers, family, employee, integrations...
    std::string title;
    std::string nav;  // the main navigation entry it belongs to
    std::string entity_id;
    std::string plugin;
    std::string tab;
    std::string parent_title;  // breadcrumb back to the list, when the page is a detail page
    std::string parent_href;
};

// The page at this /admin path; nullopt when there is none.
std::optional<AdminPage> resolveAdminPage(std::string_view path);

// Where a path with no page of its own leads (/admin -> /admin/centers); nullopt otherwise.
std::optional<std::string> adminRedirect(std::string_view path);

// The page's HTML shell, with the session's CSRF token.
std::string renderAdminPage(const AdminPage& page, const Session& session);

}  // namespace host::ui
