#pragma once

#include "kisi/ui/services.hpp"

#include <sdk/json.hpp>
#include <sdk/plugin.hpp>
#include <sdk/reply.hpp>

#include <functional>
#include <string>

namespace kisi::ui {

// Step five of the setup: the employee-profile tab (plugin "kisi", tab "kisi") with the
// employee's staff group, their Kisi user and the state of their access. Saving
// {"values": {"group_id": ...}} validates the group in Kisi, stores it and queues the grant;
// an empty value queues the removal of the plugin's staff access.
class EmployeeTab {
  public:
    static constexpr const char* id = "kisi";

    // A person's access as the sync engine sees it: "pending", "failed: <Kisi's reason>",
    // "granted", ...
    using AccessState = std::function<std::string(const store::PersonRef&)>;

    EmployeeTab(Services services, AccessState access_state)
        : services_(services), access_state_(std::move(access_state)) {}

    sdk::Reply render(const sdk::json::Object& entity);
    sdk::Reply save(const sdk::json::Object& entity, const sdk::ActionRequest& request);

  private:
    Services services_;
    AccessState access_state_;
};

}  // namespace kisi::ui
