#pragma once

#include "kisi/access/host_directory.hpp"
#include "kisi/access/kisi_connection.hpp"
#include "kisi/store/store.hpp"

#include <sdk/host.hpp>

#include <optional>
#include <string>

namespace kisi::ui {

// What the page sections and the employee tab work with.
struct Services {
    sdk::Host host;
    store::Store& store;
    access::KisiConnection& connection;
    const access::HostDirectory& directory;

    // Records something an administrator did through the settings page or a profile tab.
    void audit(const std::string& action, const std::string& target, store::AuditResult result,
               const std::string& message,
               const std::optional<store::PersonRef>& subject = std::nullopt) const;
};

}  // namespace kisi::ui
