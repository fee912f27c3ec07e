#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kisi::store {

// A person of the host who can hold door access: an adult (parent, guardian, pickup) or an
// employee. Stored as 'adult' | 'employee' plus the host's id.
enum class PersonKind { adult, employee };

struct PersonRef {
    PersonKind kind = PersonKind::adult;
    std::int64_t id = 0;
    bool operator==(const PersonRef&) const = default;
};

std::string_view to_string(PersonKind kind);
std::optional<PersonKind> parse_person_kind(std::string_view text);

}  // namespace kisi::store
