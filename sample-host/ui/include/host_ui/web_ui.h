#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "host_data/database.h"
#include "host_data/store.h"
#include "host_ui/admin_auth.h"
#include "host_ui/admin_ui.h"
#include "host_ui/host_data_reads.h"
#include "host_web/authenticator.h"
#include "host_web/router.h"

namespace host::loader {
class PluginManager;
}

namespace host::ui {

// Everything the sample host needs for its web UI, in one piece the host assembles:
//
//   WebUi ui({.data_dir = dir, .admin_password = options.admin_password, .demo = options.demo,
//             .database = database, .store = store}, plugins);   // throws on a bad password
//   ui.install(*router, *authenticator);
//   if (ui.generated_password()) print it once;
class WebUi {
  public:
    struct Setup {
        std::filesystem::path data_dir;             // the admin password's hash is kept here
        std::optional<std::string> admin_password;  // --admin-password
        bool demo = false;  // --demo: a fresh generated password on every start
        std::shared_ptr<host::data::Database> database;
        std::shared_ptr<host::data::Store> store;
    };

    // Prepares the admin password; throws std::runtime_error with an admin-readable message
    // when it cannot (too short, data directory not writable).
    WebUi(Setup setup, host::loader::PluginManager& plugins);

    // Adds the UI's routes, and the admin session as a way to use the host's admin APIs.
    void install(host::web::Router& router, host::web::Authenticator& authenticator);

    // The password generated at this start (print it once), or nothing when it was set before
    // or given on the command line.
    const std::optional<std::string>& generated_password() const { return generated_; }

    static constexpr const char* kPasswordFile = "admin-password.hash";

  private:
    AdminAuth auth_;
    HostDataReads reads_;
    AdminUi ui_;
    std::optional<std::string> generated_;
};

}  // namespace host::ui
