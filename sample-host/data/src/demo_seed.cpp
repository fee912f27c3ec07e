#include "host_data/demo_seed.h"

#include <array>
#include <cctype>
#include <random>
#include <string>
#include <vector>

#include "host_data/calendar.h"

namespace host::data {
namespace {

constexpr std::array<const char*, 3> demo_time_zones{"America/New_York", "America/Chicago",
                                                     "America/Los_Angeles"};

constexpr std::array<const char*, 40> surnames{
    "Anderson", "Baker",     "Carter",  "Delgado",  "Edwards",  "Fischer", "Garcia", "Harris",
    "Ibrahim",  "Jensen",    "Kim",     "Lopez",    "Martinez", "Nguyen",  "Okafor", "Patel",
    "Quinn",    "Robinson",  "Schmidt", "Thompson", "Umar",     "Vasquez", "Walker", "Xu",
    "Young",    "Zimmerman", "Bennett", "Chen",     "Dubois",   "Evans",   "Foster", "Gomez",
    "Hughes",   "Ito",       "Johnson", "Khan",     "Lewis",    "Murphy",  "Novak",  "Olsen"};

constexpr std::array<const char*, 32> adult_first_names{
    "Emily",  "Michael", "Sarah",   "David",  "Jessica", "James",  "Ashley", "Daniel",
    "Olivia", "Matthew", "Priya",   "Carlos", "Hannah",  "Andrew", "Mei",    "Joseph",
    "Laura",  "Omar",    "Rachel",  "Kevin",  "Sofia",   "Brian",  "Amara",  "Thomas",
    "Grace",  "Luis",    "Natalie", "Ryan",   "Fatima",  "Eric",   "Chloe",  "Samuel"};

constexpr std::array<const char*, 24> child_first_names{
    "Liam", "Emma",   "Noah",  "Ava",  "Elijah", "Mia",  "Lucas", "Isla",
    "Leo",  "Zoe",    "Mateo", "Nora", "Ezra",   "Ruby", "Owen",  "Maya",
    "Theo", "Stella", "Kai",   "Luna", "Jonah",  "Ivy",  "Felix", "Hazel"};

constexpr std::array<const char*, 10> employee_names{
    "Angela Brooks", "Marcus Reed",  "Tanya Alvarez", "Jordan Price",  "Lena Hoffmann",
    "Victor Osei",   "Megan Wright", "Ravi Sharma",   "Claire Dupont", "Hector Ramirez"};

std::string email_of(const std::string& name) {
    std::string email;
    for (char c : name) email += c == ' ' ? '.' : static_cast<char>(std::tolower(c));
    return email + "@example.com";
}

template <class T>
Result<Id> id_of(Result<T> created) {
    if (!created) return created.error();
    return created.value().id;
}

// The kind of contract a family's child gets: most run, some start soon, some have ended.
enum class Phase { running, running_with_end, starting, ended, withdrawn };

Phase phase_for(std::size_t family_index) {
    switch (family_index % 12) {
        case 3:
            return Phase::starting;
        case 7:
            return Phase::ended;
        case 9:
            return Phase::running_with_end;
        case 11:
            return family_index % 24 == 11 ? Phase::withdrawn : Phase::running;
        default:
            return Phase::running;
    }
}

Contract contract_for(Phase phase, Id child_id, Id center_id, LocalDay today, std::mt19937& rng) {
    const auto days = [&](int low, int high) {
        return std::uniform_int_distribution<int>(low, high)(rng);
    };
    Contract contract{0, child_id, center_id, "", std::nullopt, "active"};
    switch (phase) {
        case Phase::running:
            contract.start_date = format_local_date(today - days(30, 540));
            break;
        case Phase::running_with_end:
            contract.start_date = format_local_date(today - days(120, 400));
            contract.end_date = format_local_date(today + days(5, 60));
            break;
        case Phase::starting:
            contract.start_date = format_local_date(today + days(1, 21));
            break;
        case Phase::ended:
            contract.start_date = format_local_date(today - days(400, 700));
            contract.end_date = format_local_date(today - days(3, 90));
            break;
        case Phase::withdrawn:
            contract.start_date = format_local_date(today - days(60, 200));
            contract.status = "withdrawn";
            break;
    }
    return contract;
}

Result<Done> seed_family(Store& store, std::size_t index, const Center& center, LocalDay today,
                         std::mt19937& rng) {
    const std::string surname = surnames[index % surnames.size()];
    auto family_id = id_of(store.create_family(Family{0, surname + " family"}));
    if (!family_id) return family_id.error();

    const auto adult = [&](std::size_t name_index, const std::string& relationship,
                           bool door_access, bool do_not_admit) -> Status {
        const std::string name =
            std::string(adult_first_names[name_index % adult_first_names.size()]) + " " + surname;
        auto created = store.create_adult(Adult{0, family_id.value(), name, email_of(name),
                                                relationship, door_access, do_not_admit});
        if (!created) return created.error();
        return Done{};
    };
    if (auto s = adult(index * 2, "guardian", true, false); !s) return s;
    if (index % 4 != 1) {  // most families have a second guardian
        if (auto s = adult(index * 2 + 1, "guardian", true, index % 17 == 5); !s) return s;
    }
    if (index % 3 == 0) {  // a grandparent or nanny who picks up; some without app access
        if (auto s = adult(index * 5 + 3, "pickup", index % 2 == 0, false); !s) return s;
    }

    const std::size_t children = index % 5 == 2 ? 2 : 1;
    for (std::size_t c = 0; c < children; ++c) {
        const std::string name =
            std::string(child_first_names[(index * 3 + c) % child_first_names.size()]) + " " +
            surname;
        auto child_id = id_of(store.create_child(Child{0, family_id.value(), name}));
        if (!child_id) return child_id.error();
        const Phase phase = c == 0 ? phase_for(index) : Phase::running;
        auto contract =
            store.create_contract(contract_for(phase, child_id.value(), center.id, today, rng));
        if (!contract) return contract.error();
    }
    return Done{};
}

}  // namespace

Result<bool> seed_demo_data(Store& store, std::int64_t now_ms) {
    auto existing = store.centers();
    if (!existing) return existing.error();
    if (!existing.value().empty()) return false;

    std::mt19937 rng(20240901);  // fixed: every demo run seeds the same people
    std::vector<Center> centers;
    for (std::size_t i = 0; i < demo_time_zones.size(); ++i) {
        auto center = store.create_center(Center{0, demo_center_names[i], demo_time_zones[i]});
        if (!center) return center.error();
        centers.push_back(center.value());
    }
    constexpr std::size_t families_per_center = 12;
    for (std::size_t index = 0; index < families_per_center * centers.size(); ++index) {
        const Center& center = centers[index % centers.size()];
        const LocalDay today = local_day_at(center.time_zone, now_ms);
        if (auto seeded = seed_family(store, index, center, today, rng); !seeded) {
            return seeded.error();
        }
    }
    for (std::size_t i = 0; i < employee_names.size(); ++i) {
        const std::string name = employee_names[i];
        auto employee =
            store.create_employee(Employee{0, name, email_of(name), centers[i % centers.size()].id,
                                           i == 8 ? "terminated" : "active"});
        if (!employee) return employee.error();
    }
    return true;
}

}  // namespace host::data
