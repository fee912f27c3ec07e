#pragma once

#include "kisi/ui/services.hpp"

#include <sdk/result.hpp>

#include <string>
#include <vector>

namespace kisi::ui {

struct RefreshSummary {
    std::size_t places = 0;
    std::size_t groups = 0;
    std::size_t locks = 0;
    // Linked places and groups in use that Kisi no longer has, for the admin to fix.
    std::vector<std::string> problems;
};

// Re-reads Kisi's places, groups and locks (every page of each) and the locks of the groups
// the plugin uses, then replaces the cache in one transaction: a failed read changes nothing.
sdk::Result<RefreshSummary> refresh_catalog(Services& services);

// "Read 3 places, 7 groups and 8 doors from Kisi." plus any problems.
std::string describe(const RefreshSummary& summary);

}  // namespace kisi::ui
