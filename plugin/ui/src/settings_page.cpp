#include "kisi/ui/settings_page.hpp"

#include <stdexcept>

namespace kisi::ui {

void SettingsPage::add(std::unique_ptr<PageSection> section) {
    for (const std::string& action : section->actions())
        if (!action_owners_.emplace(action, section.get()).second)
            throw std::logic_error("settings page action '" + action + "' is defined twice");
    sections_.push_back(std::move(section));
}

sdk::Reply SettingsPage::render() {
    sdk::ui::Document document(title_);
    for (const auto& section : sections_) document.add(section->render());
    return sdk::Reply::ok(document.to_json());
}

sdk::Reply SettingsPage::run(const std::string& action_id, const sdk::ActionRequest& request) {
    auto owner = action_owners_.find(action_id);
    if (owner == action_owners_.end())
        return sdk::ActionResult::not_found("The Kisi settings page has no action '" + action_id +
                                            "'.");
    return owner->second->run(action_id, request);
}

}  // namespace kisi::ui
