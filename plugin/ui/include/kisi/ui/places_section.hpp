#pragma once

#include "kisi/ui/page_section.hpp"
#include "kisi/ui/services.hpp"

#include <kisi/client/kisi_client.h>

#include <optional>

namespace kisi::ui {

// Steps two to four of the setup: Kisi's places (cached, with "refresh-places") and, per place,
// "save-place" {"row": <place id>, "values": {"center_id", "parent_group_id", "staff_group_id"}}
// linking it to a host center with the center's parent group and default staff group.
class PlacesSection : public PageSection {
  public:
    explicit PlacesSection(Services services) : services_(services) {}

    sdk::ui::Section render() override;
    std::vector<std::string> actions() const override { return {"refresh-places", "save-place"}; }
    sdk::ActionResult run(const std::string& action_id, const sdk::ActionRequest& request) override;

  private:
    sdk::ActionResult refresh();
    sdk::ActionResult save_place(const sdk::ActionRequest& request);

    Services services_;
};

}  // namespace kisi::ui
