#pragma once

#include "kisi/sync/failure.hpp"
#include "kisi/sync/planner.hpp"

#include <kisi/client/kisi_client.h>
#include <kisi/store/store.hpp>

#include <cstdint>
#include <string>

namespace kisi::sync {

// Carries out one step in Kisi and records it: the ledger of the plugin's own assignments
// changes with every success, and every attempt is audited (who, what, why, result).
//
// Creating writes an intent first, so that an assignment Kisi made just before a crash (or
// whose answer was lost) is recognised as the plugin's on the next attempt and adopted. When
// Kisi refuses a create because the user already holds a role in the group that the plugin
// did not make, that assignment is left untouched and reported: the person has access anyway.
class Executor {
  public:
    explicit Executor(store::Store& store) : store_(store) {}

    Done apply(client::KisiClient& kisi, const Step& step, std::int64_t now_ms);

  private:
    Done create(client::KisiClient& kisi, const Step& step, std::int64_t now_ms);
    Done update(client::KisiClient& kisi, const Step& step, std::int64_t now_ms);
    Done remove(client::KisiClient& kisi, const Step& step, std::int64_t now_ms);
    // After Kisi said the user already holds a role in the group.
    Done settle_existing(client::KisiClient& kisi, const Step& step, bool was_ours,
                         const client::Error& refusal, std::int64_t now_ms);
    void record(const Step& step, std::int64_t assignment_id, std::int64_t now_ms);
    void audit(const Step& step, const std::string& action, store::AuditResult result,
               const std::string& message, std::int64_t now_ms);

    store::Store& store_;
};

client::ValidityWindow to_validity(const Window& window);
Window to_window(const client::ValidityWindow& validity);

}  // namespace kisi::sync
