#pragma once

#include "kisi/ui/page_section.hpp"

#include <sdk/reply.hpp>

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace kisi::ui {

// The plugin's settings page (id "settings", Settings > Integrations > Kisi): its sections in
// order, each answering its own actions.
class SettingsPage {
  public:
    static constexpr const char* id = "settings";

    explicit SettingsPage(std::string title) : title_(std::move(title)) {}

    // Appends a section; its action ids must not be taken by an earlier one.
    void add(std::unique_ptr<PageSection> section);

    sdk::Reply render();
    sdk::Reply run(const std::string& action_id, const sdk::ActionRequest& request);

  private:
    std::string title_;
    std::vector<std::unique_ptr<PageSection>> sections_;
    std::map<std::string, PageSection*> action_owners_;
};

}  // namespace kisi::ui
