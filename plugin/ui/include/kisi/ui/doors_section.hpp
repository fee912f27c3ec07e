#pragma once

#include "kisi/ui/page_section.hpp"
#include "kisi/ui/services.hpp"

namespace kisi::ui {

// The doors of each place, with "test-unlock" {"row": <lock id>} opening one with the
// administrator's key; the result is shown and audited.
class DoorsSection : public PageSection {
  public:
    explicit DoorsSection(Services services) : services_(services) {}

    sdk::ui::Section render() override;
    std::vector<std::string> actions() const override { return {"test-unlock"}; }
    sdk::ActionResult run(const std::string& action_id, const sdk::ActionRequest& request) override;

  private:
    Services services_;
};

}  // namespace kisi::ui
