#pragma once

#include <sdk/plugin.hpp>
#include <sdk/reply.hpp>
#include <sdk/ui.hpp>

#include <string>
#include <vector>

namespace kisi::ui {

// One section of a settings page: it renders itself and runs its own actions.
class PageSection {
  public:
    virtual ~PageSection() = default;
    virtual sdk::ui::Section render() = 0;
    // The action ids this section answers (a fixed contract of the page).
    virtual std::vector<std::string> actions() const = 0;
    virtual sdk::ActionResult run(const std::string& action_id,
                                  const sdk::ActionRequest& request) = 0;
};

}  // namespace kisi::ui
