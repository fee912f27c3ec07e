#include "kisi/ui/catalog_refresh.hpp"

#include "kisi/access/kisi_refusal.hpp"

#include <set>

namespace kisi::ui {

namespace {

// The groups whose doors the plugin needs to know: linked parent and staff groups, employee
// staff groups, and the groups of the assignments it made.
std::set<std::int64_t> groups_in_use(store::Store& store) {
    std::set<std::int64_t> groups;
    for (const store::PlaceLink& link : store.place_links.all()) {
        groups.insert(link.parent_group_id);
        if (link.staff_group_id) groups.insert(*link.staff_group_id);
    }
    for (const store::StaffGroupLink& link : store.staff_groups.all())
        if (link.group_id) groups.insert(*link.group_id);
    for (const store::LedgerEntry& entry : store.ledger.all()) groups.insert(entry.group_id);
    return groups;
}

std::string plural(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

sdk::Result<RefreshSummary> refresh_catalog(Services& services) {
    auto admin = services.connection.admin(access::CallStyle::interactive);
    if (!admin) return admin.status();
    client::KisiClient& kisi = *admin.value();

    auto places = kisi.list_places();
    if (!places) return access::kisi_refusal(places.error(), "reading the places");
    auto groups = kisi.list_groups();
    if (!groups) return access::kisi_refusal(groups.error(), "reading the groups");
    auto locks = kisi.list_locks();
    if (!locks) return access::kisi_refusal(locks.error(), "reading the doors");

    store::KisiCatalog catalog;
    for (const client::Place& p : places.value())
        catalog.places.push_back({p.id, p.name, p.time_zone});
    std::set<std::int64_t> present_groups;
    for (const client::Group& g : groups.value()) {
        catalog.groups.push_back({g.id, g.name, g.place_id});
        present_groups.insert(g.id);
    }
    for (const client::Lock& l : locks.value()) catalog.locks.push_back({l.id, l.name, l.place_id});
    for (std::int64_t group_id : groups_in_use(services.store)) {
        if (!present_groups.count(group_id)) continue;
        auto group_locks = kisi.list_group_locks(group_id);
        if (!group_locks)
            return access::kisi_refusal(group_locks.error(),
                                        "reading the doors of group " + std::to_string(group_id));
        auto& lock_ids = catalog.lock_ids_by_group[group_id];
        for (const client::GroupLock& gl : group_locks.value()) lock_ids.push_back(gl.lock_id);
    }
    services.store.kisi_cache.replace_all(catalog, services.host.now_ms());

    RefreshSummary summary{catalog.places.size(), catalog.groups.size(), catalog.locks.size(), {}};
    for (const store::PlaceLink& link : services.store.place_links.all()) {
        auto place = services.store.kisi_cache.place(link.place_id);
        if (!place || place->missing())
            summary.problems.push_back(
                "Linked place " +
                (place ? "“" + place->item.name + "” (" + std::to_string(link.place_id) + ")"
                       : std::to_string(link.place_id)) +
                " no longer exists in Kisi.");
        for (auto group_id :
             {std::optional<std::int64_t>(link.parent_group_id), link.staff_group_id}) {
            if (group_id && !present_groups.count(*group_id))
                summary.problems.push_back("Group " + std::to_string(*group_id) + " of place " +
                                           std::to_string(link.place_id) +
                                           " no longer exists in Kisi.");
        }
    }
    return summary;
}

std::string describe(const RefreshSummary& summary) {
    std::string text = "Read " + plural(summary.places, "place", "places") + ", " +
                       plural(summary.groups, "group", "groups") + " and " +
                       plural(summary.locks, "door", "doors") + " from Kisi.";
    for (const std::string& problem : summary.problems) text += " " + problem;
    return text;
}

}  // namespace kisi::ui
