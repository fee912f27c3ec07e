#include "kisi/store/person.hpp"

namespace kisi::store {

std::string_view to_string(PersonKind kind) {
    return kind == PersonKind::adult ? "adult" : "employee";
}

std::optional<PersonKind> parse_person_kind(std::string_view text) {
    if (text == "adult") return PersonKind::adult;
    if (text == "employee") return PersonKind::employee;
    return std::nullopt;
}

}  // namespace kisi::store
