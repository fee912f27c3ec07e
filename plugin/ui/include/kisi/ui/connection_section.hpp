#pragma once

#include "kisi/ui/page_section.hpp"
#include "kisi/ui/services.hpp"

namespace kisi::ui {

// Step one of the setup: the Kisi API key (write-only) and the advanced base URL.
// Action "save-connection" {"values": {"api_key": ..., "base_url": ...}}.
class ConnectionSection : public PageSection {
  public:
    explicit ConnectionSection(Services services) : services_(services) {}

    sdk::ui::Section render() override;
    std::vector<std::string> actions() const override { return {"save-connection"}; }
    sdk::ActionResult run(const std::string& action_id, const sdk::ActionRequest& request) override;

  private:
    sdk::ActionResult save(const sdk::ActionRequest& request);

    Services services_;
};

}  // namespace kisi::ui
