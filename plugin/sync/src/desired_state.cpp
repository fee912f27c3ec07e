#include "kisi/sync/desired_state.hpp"

#include <map>

namespace kisi::sync {

const DesiredGrant* Desire::grant_for(std::int64_t group_id) const {
    for (const DesiredGrant& g : grants)
        if (g.group_id == group_id) return &g;
    return nullptr;
}

namespace {

const store::PlaceLink* link_of(const std::vector<store::PlaceLink>& links,
                                std::int64_t center_id) {
    for (const auto& link : links)
        if (link.center_id == center_id) return &link;
    return nullptr;
}

std::string join_ids(const std::vector<std::int64_t>& ids) {
    std::string text;
    for (auto id : ids) text += (text.empty() ? "" : ", ") + std::to_string(id);
    return text;
}

}  // namespace

Desire desire_for_adult(const AdultFacts& adult, const std::vector<store::PlaceLink>& links,
                        const store::AccessOptions& options, std::int64_t now_ms) {
    Desire desire;
    if (!adult.door_access) desire.denials.push_back("door access is turned off for this adult");
    if (adult.do_not_admit) desire.denials.push_back("do_not_admit is set");
    if (!desire.denials.empty()) return desire;

    struct Collected {
        std::vector<Window> windows;
        std::vector<std::int64_t> contract_ids;
        std::int64_t center_id = 0;
    };
    std::map<std::int64_t, Collected> by_group;  // one assignment per group
    for (const CenterContracts& center : adult.centers) {
        const auto* link = link_of(links, center.center_id);
        std::vector<const ContractFacts*> active;
        for (const auto& c : center.contracts)
            if (c.active()) active.push_back(&c);
        if (active.empty()) continue;
        if (!link) {
            desire.denials.push_back("center " + std::to_string(center.center_id) +
                                     " is not linked to a Kisi place");
            continue;
        }
        Collected& into = by_group[link->parent_group_id];
        into.center_id = center.center_id;
        for (const ContractFacts* c : active) {
            try {
                into.windows.push_back(contract_window({c->start_date, c->end_date},
                                                       center.time_zone, options.lead_days,
                                                       options.grace_days));
                into.contract_ids.push_back(c->id);
            } catch (const WindowError& e) {
                desire.denials.push_back("contract " + std::to_string(c->id) +
                                         " is skipped: " + e.what());
            }
        }
    }
    for (auto& [group_id, collected] : by_group) {
        const auto segment = current_or_next(merge_windows(collected.windows), now_ms);
        if (!segment) {
            desire.denials.push_back("the contracts at center " +
                                     std::to_string(collected.center_id) + " have ended");
            continue;
        }
        desire.grants.push_back({group_id, *segment,
                                 "active contract " + join_ids(collected.contract_ids) +
                                     " at center " + std::to_string(collected.center_id)});
        if (segment->until && (!desire.recheck_at || *segment->until < *desire.recheck_at))
            desire.recheck_at = segment->until;
    }
    if (desire.grants.empty() && desire.denials.empty())
        desire.denials.push_back("no child of the family has an active contract");
    return desire;
}

Desire desire_for_employee(const EmployeeFacts& employee,
                           const std::optional<store::StaffGroupLink>& chosen,
                           const std::optional<store::PlaceLink>& home_center) {
    Desire desire;
    if (!employee.active()) {
        desire.denials.push_back("the employee is " + employee.status);
        return desire;
    }
    if (chosen) {
        if (chosen->group_id)
            desire.grants.push_back({*chosen->group_id, {}, "staff group set on the Kisi tab"});
        else
            desire.denials.push_back("the staff group was cleared on the Kisi tab");
        return desire;
    }
    if (home_center && home_center->staff_group_id) {
        desire.grants.push_back(
            {*home_center->staff_group_id,
             {},
             "default staff group of home center " + std::to_string(employee.home_center_id)});
        return desire;
    }
    desire.denials.push_back("no staff group: none set on the Kisi tab and home center " +
                             std::to_string(employee.home_center_id) +
                             " has no default staff group");
    return desire;
}

Desire desire_for_unknown_person() {
    Desire desire;
    desire.denials.push_back("the person no longer exists in the host");
    return desire;
}

}  // namespace kisi::sync
