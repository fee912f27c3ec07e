#include "kisi/access/person_json.hpp"

namespace kisi::access {

sdk::Result<store::PersonRef> parse_person(const sdk::json::Object& person) {
    try {
        auto adult = sdk::json::get_int(person, "adult_id");
        auto employee = sdk::json::get_int(person, "employee_id");
        if (adult.has_value() == employee.has_value())
            return sdk::Status(HP_E_INVALID_ARGUMENT,
                               "A person is {\"adult_id\": N} or {\"employee_id\": N}.");
        if (adult) return store::PersonRef{store::PersonKind::adult, *adult};
        return store::PersonRef{store::PersonKind::employee, *employee};
    } catch (const sdk::Error& e) {
        return sdk::Status(e.status(), e.what());
    }
}

std::string actor_name(const store::PersonRef& person) {
    return std::string(store::to_string(person.kind)) + ":" + std::to_string(person.id);
}

}  // namespace kisi::access
