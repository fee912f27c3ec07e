#include "host_data/validation.h"

#include <regex>

#include "host_data/calendar.h"

namespace host::data {
namespace {

std::string quoted(const std::string& value) {
    return "'" + value + "'";
}

// Runs checks in order and answers the first failure.
template <class... Checks>
Status first_failure(const Checks&... checks) {
    Status outcome = Done{};
    ((outcome.ok() ? (outcome = checks(), 0) : 0), ...);
    return outcome;
}

}  // namespace

Status check_not_blank(const char* field, const std::string& value) {
    if (value.find_first_not_of(" \t\r\n") == std::string::npos) {
        return invalid(std::string(field) + " must not be empty");
    }
    return Done{};
}

Status check_email(const std::string& email) {
    // Deliberately simple: one "@", no spaces, a dot in the domain. Kisi matches users by email,
    // so an address that is plainly wrong must not get in.
    static const std::regex shape(R"([^@\s]+@[^@\s.]+(\.[^@\s.]+)+)");
    if (!std::regex_match(email, shape)) {
        return invalid("email " + quoted(email) + " is not a valid email address");
    }
    return Done{};
}

Status check_time_zone(const std::string& time_zone) {
    if (!is_known_time_zone(time_zone)) {
        return invalid("time_zone " + quoted(time_zone) +
                       " is not a known IANA time zone (for example America/Chicago)");
    }
    return Done{};
}

Status check_date(const char* field, const std::string& value) {
    if (!parse_local_date(value)) {
        return invalid(std::string(field) + " " + quoted(value) +
                       " is not a calendar date in the form YYYY-MM-DD");
    }
    return Done{};
}

Status check_one_of(const char* field, const std::string& value,
                    std::initializer_list<const char*> allowed) {
    std::string listed;
    for (const char* option : allowed) {
        if (value == option) return Done{};
        listed += (listed.empty() ? "" : ", ") + quoted(option);
    }
    return invalid(std::string(field) + " must be one of " + listed + ", not " + quoted(value));
}

Status validate(const Center& center) {
    return first_failure([&] { return check_not_blank("name", center.name); },
                         [&] { return check_time_zone(center.time_zone); });
}

Status validate(const Family& family) {
    return check_not_blank("name", family.name);
}

Status validate(const Adult& adult) {
    return first_failure(
        [&] { return check_not_blank("name", adult.name); },
        [&] { return check_email(adult.email); },
        [&] {
            return check_one_of("relationship", adult.relationship, {"guardian", "pickup"});
        });
}

Status validate(const Child& child) {
    return check_not_blank("name", child.name);
}

Status validate(const Contract& contract) {
    return first_failure(
        [&] { return check_date("start_date", contract.start_date); },
        [&] {
            return contract.end_date ? check_date("end_date", *contract.end_date) : Status(Done{});
        },
        [&]() -> Status {
            if (contract.end_date && *contract.end_date < contract.start_date) {
                return invalid("end_date " + *contract.end_date + " is before start_date " +
                               contract.start_date);
            }
            return Done{};
        },
        [&] {
            return check_one_of("status", contract.status, {"active", "withdrawn"});
        });
}

Status validate(const Employee& employee) {
    return first_failure(
        [&] { return check_not_blank("name", employee.name); },
        [&] { return check_email(employee.email); },
        [&] {
            return check_one_of("status", employee.status, {"active", "terminated"});
        });
}

}  // namespace host::data
