#pragma once

#include "kisi/access/host_directory.hpp"
#include "kisi/access/kisi_connection.hpp"
#include "kisi/store/store.hpp"

#include <sdk/host.hpp>
#include <sdk/result.hpp>

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace kisi::access {

struct Door {
    std::int64_t id = 0;  // the Kisi lock id
    std::string name;
    std::string place;
    std::string center;
};

// Doors from the host's apps (DESIGN section 6): a person's doors are the locks of the groups
// in which the plugin holds an assignment for them that is valid now (host clock); an unlock
// goes through a Kisi login made on the person's behalf, so that Kisi logs the person and
// enforces their rights too. Every unlock attempt is audited. Runs on the plugin's strand.
class DoorAccess {
  public:
    DoorAccess(sdk::Host host, store::Store& store, KisiConnection& connection,
               const HostDirectory& directory);

    sdk::Result<std::vector<Door>> doors_of(const store::PersonRef& person);
    // Kisi's message ("Unlocked!") when the door opened. HP_E_FORBIDDEN when the person is not
    // entitled to it now, HP_E_UPSTREAM / HP_E_UNAVAILABLE with Kisi's reason otherwise.
    sdk::Result<std::string> unlock(const store::PersonRef& person, std::int64_t door_id);

  private:
    // Reads from Kisi the locks of a group the cache does not know yet; best effort.
    void learn_group_locks(std::int64_t group_id);
    sdk::Result<std::shared_ptr<client::KisiClient>> person_client(const store::UserLink& link);
    sdk::Result<std::shared_ptr<client::KisiClient>> new_login(const store::UserLink& link);
    void forget_login(const store::PersonRef& person);
    void audit(const store::PersonRef& person, std::int64_t door_id, store::AuditResult result,
               const std::string& message);

    sdk::Host host_;
    store::Store& store_;
    KisiConnection& connection_;
    const HostDirectory& directory_;
    // Clients over each person's login, with the base URL they were made for.
    std::map<std::pair<store::PersonKind, std::int64_t>,
             std::pair<std::string, std::shared_ptr<client::KisiClient>>>
        person_clients_;
};

}  // namespace kisi::access
