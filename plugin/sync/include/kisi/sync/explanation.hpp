#pragma once

#include "kisi/sync/person_sync.hpp"

#include <kisi/store/store.hpp>
#include <sdk/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kisi::sync {

// "Why does this person have (or not have) access?", answered from the host's facts (flags,
// contracts, employment), the plugin's links (center -> place and groups, Kisi user), what the
// plugin holds in Kisi, and the result of the last attempt.
struct Explanation {
    store::PersonRef person;
    bool has_access_now = false;
    std::string summary;                // one sentence
    std::vector<std::string> facts;     // what the host says
    std::vector<std::string> entitled;  // the grants they should hold, with reasons
    std::vector<std::string> denials;   // why they hold nothing where they hold nothing
    std::vector<std::string> held;      // the plugin's assignments in Kisi
    std::optional<std::string> kisi_user;
    std::optional<std::string> last_result;  // "failed: <Kisi's message>", "pending", ...
    std::vector<store::AuditEntry> recent;

    sdk::json::Object to_json() const;
};

Explanation explain(store::Store& store, sdk::Host host, const PersonSync& people,
                    const store::PersonRef& person);

// The state of a person's access for their profile tab: "granted", "pending", "failed: ...",
// "none".
std::string access_state(store::Store& store, const store::PersonRef& person, std::int64_t now_ms);

}  // namespace kisi::sync
