#pragma once

#include "kisi/sync/desired_state.hpp"
#include "kisi/sync/executor.hpp"
#include "kisi/sync/failure.hpp"
#include "kisi/sync/host_directory.hpp"
#include "kisi/sync/identity.hpp"

#include <kisi/client/kisi_client.h>
#include <kisi/store/store.hpp>
#include <sdk/host.hpp>

#include <cstdint>
#include <optional>

namespace kisi::sync {

// What a person should hold, from the host's current facts and the plugin's configuration.
struct PersonDesire {
    Desire desire;
    std::optional<Identity> identity;  // none: the host no longer knows the person
};

struct Convergence {
    Done done;  // the failure that stopped it, if any
    // When the person's access changes by itself (a window ends): converge again then.
    std::optional<std::int64_t> recheck_at;
};

// Level-triggered convergence of one person: read their current facts from the host, compute
// what they should hold, make sure they have their one Kisi user when they need access, and
// apply the difference to the plugin's own assignments. Whatever triggered it (an event, a
// reconcile, a timer), the result is the same.
class PersonSync {
  public:
    PersonSync(store::Store& store, sdk::Host host, IdentityResolver& identities,
               Executor& executor)
        : store_(store),
          host_(host),
          directory_(host),
          identities_(identities),
          executor_(executor) {}

    Outcome<PersonDesire> desire_of(const store::PersonRef& person, std::int64_t now_ms) const;

    // `bulk`: many people are queued; let the identity resolver prefetch Kisi's users.
    Convergence converge(client::KisiClient& kisi, const store::PersonRef& person, bool bulk);

  private:
    store::Store& store_;
    sdk::Host host_;
    HostDirectory directory_;
    IdentityResolver& identities_;
    Executor& executor_;
};

}  // namespace kisi::sync
