#include "kisi/ui/places_section.hpp"

#include "kisi/access/kisi_refusal.hpp"
#include "kisi/ui/action_answers.hpp"
#include "kisi/ui/catalog_refresh.hpp"
#include "kisi/ui/display.hpp"
#include "kisi/ui/form_values.hpp"

#include <map>

namespace kisi::ui {

using namespace sdk::ui;

namespace {

// The center names the host knows; empty when the directory cannot answer now.
std::map<std::int64_t, std::string> center_names(const access::HostDirectory& directory) {
    std::map<std::int64_t, std::string> names;
    if (auto centers = directory.centers())
        for (const access::Center& center : centers.value()) names[center.id] = center.name;
    return names;
}

struct LinkStatus {
    std::string text;
    std::optional<Level> level;
};

bool group_present(store::KisiCacheRepo& cache, std::int64_t group_id) {
    auto group = cache.group(group_id);
    return group && !group->missing();
}

LinkStatus link_status(const store::Cached<store::KisiPlace>& place,
                       const std::optional<store::PlaceLink>& link, store::KisiCacheRepo& cache) {
    if (!link) return {"not linked", std::nullopt};
    if (place.missing()) return {"place deleted in Kisi", Level::error};
    if (!group_present(cache, link->parent_group_id) ||
        (link->staff_group_id && !group_present(cache, *link->staff_group_id)))
        return {"group missing", Level::error};
    return {"linked", Level::success};
}

std::string place_label(const client::Place& place) {
    return "“" + place.name + "” (" + std::to_string(place.id) + ")";
}

// The access of the linked centers' people must follow a changed link: a reconcile does that.
void queue_reconcile(store::Store& store, std::int64_t now_ms) {
    store.work_queue.enqueue({std::string(store::work::reconcile), store::work::reconcile_payload(),
                              std::string(store::work::reconcile_key), now_ms},
                             now_ms);
}

}  // namespace

Section PlacesSection::render() {
    Section section("places", "Places");
    section.description(
        "Link each Kisi place to a center, and give the center's Kisi parent group (where "
        "parents and guardians get access) and, optionally, its default staff group. In Kisi, "
        "open Groups, pick the group and use Copy ID.");
    if (!services_.connection.current()) {
        section.add(Notice(Level::info, "Connect to Kisi first (Connection, above)."));
        return section;
    }
    section.add(Actions().button("refresh-places", "Refresh from Kisi", ButtonStyle::primary));
    store::KisiCacheRepo& cache = services_.store.kisi_cache;
    if (auto at = cache.last_refreshed_at())
        section.add(Notice(Level::info, "As read from Kisi at " + format_time(*at) +
                                            ". Refresh after changing places or groups in Kisi."));
    else
        section.add(Notice(Level::warning, "Kisi's places have not been read yet: refresh."));

    const auto centers = center_names(services_.directory);
    std::vector<Option> center_options{{"", "— not linked —"}};
    for (const auto& [id, name] : centers) center_options.push_back({std::to_string(id), name});
    const auto groups = cache.groups();

    Table table("places");
    table.column("place", "Place")
        .column("place_id", "Place ID")
        .column("doors", "Doors")
        .column("center", "Center")
        .column("parent_group", "Parent group")
        .column("staff_group", "Default staff group")
        .column("status", "Status")
        .empty_text("No places in Kisi.");
    for (const auto& place : cache.places()) {
        auto link = services_.store.place_links.by_place(place.item.id);
        if (place.missing() && !link) continue;  // gone, and nothing depends on it
        const LinkStatus status = link_status(place, link, cache);
        std::int64_t doors = 0;
        for (const auto& lock : cache.locks_of_place(place.item.id)) doors += !lock.missing();

        std::string choices;
        for (const auto& group : groups)
            if (!group.missing() && (!group.item.place_id || *group.item.place_id == place.item.id))
                choices += (choices.empty() ? "" : ", ") + group.item.name + " (" +
                           std::to_string(group.item.id) + ")";
        const std::string help = choices.empty() ? "No groups of this place are cached."
                                                 : "Groups of this place: " + choices + ".";

        Field center = Field::select("center_id", "Center", center_options);
        Field parent = Field::text("parent_group_id", "Parent group ID").help(help);
        Field staff = Field::text("staff_group_id", "Default staff group ID (optional)").help(help);
        Row row(std::to_string(place.item.id));
        row.cell("place", place.item.name)
            .cell("place_id", std::to_string(place.item.id))
            .cell("doors", doors)
            .cell("status", status.text);
        if (link) {
            auto name = centers.find(link->center_id);
            row.cell("center", name != centers.end() ? name->second
                                                     : "center " + std::to_string(link->center_id))
                .cell("parent_group", group_label(link->parent_group_id, cache))
                .cell("staff_group",
                      link->staff_group_id ? group_label(*link->staff_group_id, cache) : "");
            center.value(std::to_string(link->center_id));
            parent.value(std::to_string(link->parent_group_id));
            if (link->staff_group_id) staff.value(std::to_string(*link->staff_group_id));
        } else {
            row.cell("center", "").cell("parent_group", "").cell("staff_group", "");
        }
        if (status.level) row.status(*status.level);
        row.add(RowAction("save-place", "Link to center").add(center).add(parent).add(staff));
        table.add(row);
    }
    section.add(table);
    return section;
}

sdk::ActionResult PlacesSection::run(const std::string& action_id,
                                     const sdk::ActionRequest& request) {
    if (action_id == "refresh-places") return refresh();
    return save_place(request);
}

sdk::ActionResult PlacesSection::refresh() {
    auto summary = refresh_catalog(services_);
    if (!summary) {
        services_.audit("places.refresh", "places", store::AuditResult::failed, summary.message());
        return refusal_result(
            sdk::Status(summary.code(), "Nothing was changed. " + summary.message()));
    }
    const std::string message = describe(summary.value());
    services_.audit("places.refresh", "places", store::AuditResult::ok, message);
    return sdk::ActionResult::ok(message);
}

sdk::ActionResult PlacesSection::save_place(const sdk::ActionRequest& request) {
    const auto place_id = row_id(request.row);
    if (!place_id)
        return sdk::ActionResult::invalid("Choose the place to link (the row is a place id).");
    const std::string target = "place:" + std::to_string(*place_id);
    auto refuse = [&](sdk::ActionResult result) {
        services_.audit("place.link", target, store::AuditResult::refused, result.message());
        return result;
    };

    FieldErrors errors;
    const auto center_id = id_value(request.values, "center_id", errors);
    const auto parent_id = id_value(request.values, "parent_group_id", errors);
    const auto staff_id = id_value(request.values, "staff_group_id", errors);
    if (!errors.empty()) return refuse(errors.to_result("Nothing was saved: check the ids."));

    auto admin = services_.connection.admin(access::CallStyle::interactive);
    if (!admin) return refuse(refusal_result(admin.status()));
    client::KisiClient& kisi = *admin.value();
    auto place = kisi.get_place(*place_id);
    if (!place) {
        if (place.error().kind == client::ErrorKind::not_found)
            return refuse(sdk::ActionResult::invalid("Nothing was saved: Kisi has no place " +
                                                     std::to_string(*place_id) +
                                                     " (deleted in Kisi?). Refresh the places."));
        return refuse(refusal_result(access::kisi_refusal(place.error(), "reading the place")));
    }
    const auto current = services_.store.place_links.by_place(*place_id);
    const std::int64_t now = services_.host.now_ms();

    if (!center_id) {
        if (!current)
            return sdk::ActionResult::ok("Place " + place_label(place.value()) +
                                         " is not linked to a center.");
        services_.store.db().transaction([&](Poco::Data::Session&) {
            services_.store.place_links.remove(*place_id);
            queue_reconcile(services_.store, now);
        });
        const std::string message =
            "Place " + place_label(place.value()) + " is no longer linked to a center.";
        services_.audit("place.unlink", target, store::AuditResult::ok, message);
        return sdk::ActionResult::ok(message);
    }

    auto centers = services_.directory.centers();
    if (!centers) return refuse(refusal_result(centers.status()));
    const access::Center* center = nullptr;
    for (const access::Center& c : centers.value())
        if (c.id == *center_id) center = &c;
    if (!center)
        errors.add("center_id", "The host has no center " + std::to_string(*center_id) + ".");
    if (!parent_id)
        errors.add("parent_group_id",
                   "Give the Kisi id of the group in which this center's parents get access.");
    if (parent_id && staff_id && *parent_id == *staff_id)
        errors.add("staff_group_id",
                   "Use a group other than the parent group: Kisi gives a person one role per "
                   "group, so staff who are also parents would lose one of them.");

    // Each group must exist in Kisi and open doors of this place (or be organization-wide).
    std::vector<client::Group> valid_groups;
    for (auto [key, group_id] :
         {std::pair{"parent_group_id", parent_id}, std::pair{"staff_group_id", staff_id}}) {
        if (!group_id) continue;
        auto group = kisi.get_group(*group_id);
        if (!group) {
            if (group.error().kind != client::ErrorKind::not_found)
                return refuse(refusal_result(access::kisi_refusal(
                    group.error(), "reading group " + std::to_string(*group_id))));
            errors.add(key, "Kisi has no group " + std::to_string(*group_id) + ".");
            continue;
        }
        if (group->place_id && *group->place_id != *place_id) {
            std::string owner = "place " + std::to_string(*group->place_id);
            if (auto other = services_.store.kisi_cache.place(*group->place_id))
                owner = "place “" + other->item.name + "”";
            errors.add(key, "Group “" + group->name + "” (" + std::to_string(group->id) +
                                ") belongs to " + owner + ", not to “" + place->name + "”.");
            continue;
        }
        valid_groups.push_back(group.value());
    }
    if (!errors.empty())
        return refuse(errors.to_result("Nothing was saved for place " + place_label(place.value()) +
                                       ": check the highlighted fields."));

    std::optional<std::int64_t> taken_by;
    services_.store.db().transaction([&](Poco::Data::Session&) {
        taken_by =
            services_.store.place_links.save({*place_id, *center_id, *parent_id, staff_id, now});
        if (taken_by) return;
        for (const client::Group& g : valid_groups)
            services_.store.kisi_cache.put_group({g.id, g.name, g.place_id}, now);
        queue_reconcile(services_.store, now);
    });
    if (taken_by) {
        std::string other = "place " + std::to_string(*taken_by);
        if (auto cached = services_.store.kisi_cache.place(*taken_by))
            other = "place “" + cached->item.name + "” (" + std::to_string(*taken_by) + ")";
        sdk::ActionResult result = sdk::ActionResult::conflict(
            "Nothing was saved: center “" + center->name + "” is already linked to " + other +
            ". A center has one place: unlink it there first.");
        result.field_error("center_id", "Already linked to " + other + ".");
        return refuse(result);
    }
    std::string message = "Place " + place_label(place.value()) + " is linked to center “" +
                          center->name + "” with parent group " +
                          group_label(*parent_id, services_.store.kisi_cache);
    if (staff_id)
        message += " and default staff group " + group_label(*staff_id, services_.store.kisi_cache);
    message += ".";
    services_.audit("place.link", target, store::AuditResult::ok, message);
    return sdk::ActionResult::ok(message);
}

}  // namespace kisi::ui
