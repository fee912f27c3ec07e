#pragma once

#include "kisi/ui/page_section.hpp"
#include "kisi/ui/services.hpp"

namespace kisi::ui {

// A summary of the integration's state: connection, linked places, queued and failed work.
// The sync engine extends it with its own figures and actions.
class StatusSection : public PageSection {
  public:
    explicit StatusSection(Services services) : services_(services) {}

    sdk::ui::Section render() override;
    std::vector<std::string> actions() const override { return {}; }
    sdk::ActionResult run(const std::string& action_id, const sdk::ActionRequest& request) override;

  private:
    Services services_;
};

}  // namespace kisi::ui
