#include "kisi/ui/status_section.hpp"

namespace kisi::ui {

using namespace sdk::ui;

Section StatusSection::render() {
    StatusList status;
    if (auto connection = services_.connection.current())
        status.item("Kisi", "connected to “" + connection->organization_name + "”", Level::success);
    else
        status.item("Kisi", "not connected", Level::warning);

    std::size_t present = 0;
    for (const auto& place : services_.store.kisi_cache.places()) present += !place.missing();
    const std::size_t linked = services_.store.place_links.all().size();
    status.item("Places linked", std::to_string(linked) + " of " + std::to_string(present),
                linked > 0 ? Level::success : Level::info);

    const auto pending = services_.store.work_queue.count(store::WorkState::pending) +
                         services_.store.work_queue.count(store::WorkState::in_progress);
    const auto failed = services_.store.work_queue.count(store::WorkState::failed);
    status.item("Changes waiting for Kisi", std::to_string(pending),
                pending > 0 ? Level::info : Level::success);
    status.item("Changes Kisi refused", std::to_string(failed),
                failed > 0 ? Level::error : Level::success);

    Section section("status", "Status");
    section.add(status);
    return section;
}

sdk::ActionResult StatusSection::run(const std::string& action_id, const sdk::ActionRequest&) {
    return sdk::ActionResult::not_found("The status section has no action '" + action_id + "'.");
}

}  // namespace kisi::ui
