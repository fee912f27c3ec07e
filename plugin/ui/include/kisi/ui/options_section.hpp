#pragma once

#include "kisi/ui/page_section.hpp"
#include "kisi/ui/services.hpp"

namespace kisi::ui {

// How access windows are widened and how cautious the sync engine is. Action "save-options"
// {"values": {"lead_days", "grace_days", "removal_threshold_percent", "removal_threshold_min"}};
// absent values keep their current setting. (How often the sync engine reconciles is the
// host-stored manifest setting reconcile_interval_minutes.)
class OptionsSection : public PageSection {
  public:
    explicit OptionsSection(Services services) : services_(services) {}

    sdk::ui::Section render() override;
    std::vector<std::string> actions() const override { return {"save-options"}; }
    sdk::ActionResult run(const std::string& action_id, const sdk::ActionRequest& request) override;

  private:
    Services services_;
};

}  // namespace kisi::ui
