#pragma once

#include "kisi/sync/access_window.hpp"
#include "kisi/sync/facts.hpp"

#include <kisi/store/options_repo.hpp>
#include <kisi/store/place_link_repo.hpp>
#include <kisi/store/staff_group_repo.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kisi::sync {

// One group_basic role assignment a person should hold.
struct DesiredGrant {
    std::int64_t group_id = 0;
    Window window;
    std::string reason;  // why, for the audit log and the explanation
};

// Everything the person should hold now, and why they hold nothing where they hold nothing.
struct Desire {
    std::vector<DesiredGrant> grants;
    std::vector<std::string> denials;  // e.g. "do_not_admit is set"
    // When the answer changes by itself (a window ends): converge again then.
    std::optional<std::int64_t> recheck_at;

    const DesiredGrant* grant_for(std::int64_t group_id) const;
};

// Parents, guardians and pickups: group_basic in each linked center's parent group while a
// child of the family has an active contract there, over the merged contract windows.
// A contract whose center has an unknown time zone or a malformed date is reported in
// `denials` and skipped.
Desire desire_for_adult(const AdultFacts& adult, const std::vector<store::PlaceLink>& links,
                        const store::AccessOptions& options, std::int64_t now_ms);

// Staff: group_basic, without bounds, in the group chosen on the employee's Kisi tab, else in
// the home center's default staff group; nothing once terminated.
Desire desire_for_employee(const EmployeeFacts& employee,
                           const std::optional<store::StaffGroupLink>& chosen,
                           const std::optional<store::PlaceLink>& home_center);

// Nothing: the person no longer exists in the host.
Desire desire_for_unknown_person();

}  // namespace kisi::sync
