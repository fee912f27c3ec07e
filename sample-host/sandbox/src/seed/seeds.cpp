#include "seed/seeds.h"

#include "store/logins.h"
#include "store/topology.h"
#include "store/users.h"

#include <stdexcept>
#include <vector>

namespace kisi::sandbox {
namespace {

// Seeding is fixed data: a failure is a programming error, not a request to answer.
template <class T>
T must(Result<T> result) {
    if (!result.ok()) throw std::logic_error("sandbox seed failed: " + result.error().message);
    return std::move(result).value();
}

void add_admin(Model& model, const std::string& name, const std::string& email,
               const std::string& api_key, TimeMs now) {
    UserDraft admin;
    admin.email = email;
    admin.name = name;
    admin.send_emails = false;
    admin.confirm = true;
    admin.organization_admin = true;
    const User user = must(create_user(model, admin, now));
    LoginDraft key;
    key.user_id = user.id;
    key.type = "api";
    key.name = "Organization admin API key";
    key.expire = false;
    key.secret = api_key;
    must(create_login(model, key, now));
}

struct DemoCenter {
    const char* name;
    const char* address;
    double latitude;
    double longitude;
    std::vector<const char*> doors;  // the first is the front door
};

void add_demo_centers(Model& model, TimeMs now) {
    const std::vector<DemoCenter> centers = {
        {"Maple Street Center",
         "120 Maple Street, Springfield, IL 62701",
         39.7990,
         -89.6440,
         {"Front Door", "Classroom Hall", "Playground Gate"}},
        {"Riverside Center",
         "45 Riverside Drive, Springfield, IL 62702",
         39.8120,
         -89.6650,
         {"Front Door", "Playground Gate"}},
        {"Oak Hill Center",
         "880 Oak Hill Road, Springfield, IL 62704",
         39.7760,
         -89.6820,
         {"Front Door", "Classroom Hall", "Playground Gate"}},
    };
    GroupDraft all_staff_draft;
    all_staff_draft.name = "All Staff";
    all_staff_draft.description = "Staff who work across centers: every center's front door";
    const Group all_staff = must(create_group(model, all_staff_draft, now));

    for (const DemoCenter& center : centers) {
        PlaceDraft place_draft;
        place_draft.name = center.name;
        place_draft.address = center.address;
        place_draft.latitude = center.latitude;
        place_draft.longitude = center.longitude;
        place_draft.time_zone = "America/Chicago";
        const Place place = must(create_place(model, place_draft, now));

        std::vector<Id> doors;
        for (const char* door : center.doors) {
            LockDraft lock_draft;
            lock_draft.name = door;
            lock_draft.place_id = place.id;
            lock_draft.latitude = center.latitude;
            lock_draft.longitude = center.longitude;
            doors.push_back(must(create_lock(model, lock_draft, now)).id);
        }

        GroupDraft parents;
        parents.name = place.name + " Parents";
        parents.description = "Parents and guardians of children enrolled at " + place.name;
        parents.place_id = place.id;
        const Group parent_group = must(create_group(model, parents, now));
        must(create_group_lock(model, parent_group.id, doors.front(), now));

        GroupDraft staff;
        staff.name = place.name + " Staff";
        staff.description = "Employees working at " + place.name;
        staff.place_id = place.id;
        const Group staff_group = must(create_group(model, staff, now));
        for (const Id door : doors) must(create_group_lock(model, staff_group.id, door, now));

        must(create_group_lock(model, all_staff.id, doors.front(), now));
    }
}

}  // namespace

void seed_model(Model& model, Seed seed, const std::string& admin_api_key, TimeMs now) {
    if (seed == Seed::demo) {
        model.organization = Organization{100, "Little Acorns Childcare", "little-acorns"};
        add_admin(model, "Little Acorns Admin", "admin@little-acorns.example", admin_api_key, now);
        add_demo_centers(model, now);
    } else {
        model.organization = Organization{100, "Sandbox Organization", "sandbox"};
        add_admin(model, "Sandbox Admin", "admin@sandbox.example", admin_api_key, now);
    }
}

}  // namespace kisi::sandbox
