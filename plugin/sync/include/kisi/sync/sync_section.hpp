#pragma once

#include "kisi/sync/engine.hpp"

#include <kisi/ui/page_section.hpp>

namespace kisi::sync {

// The sync part of the Kisi settings page (section "sync", under Status): the engine's state
// (quarantine, pending and failed changes with Kisi's reasons, the last reconcile, removals
// waiting for approval), the sync actions, a "why does this person have access?" form and the
// most recent audit entries.
class SyncSection : public ui::PageSection {
  public:
    explicit SyncSection(Engine& engine, store::Store& store) : engine_(engine), store_(store) {}

    sdk::ui::Section render() override;
    std::vector<std::string> actions() const override;
    sdk::ActionResult run(const std::string& action_id, const sdk::ActionRequest& request) override;

  private:
    Engine& engine_;
    store::Store& store_;
};

}  // namespace kisi::sync
