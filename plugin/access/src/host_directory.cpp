#include "kisi/access/host_directory.hpp"

#include <sdk/json.hpp>

namespace kisi::access {

namespace json = sdk::json;

namespace {

// The directory's answer as an object, or the status explaining why there is none.
sdk::Result<json::Object> ask(const sdk::Host& host, const json::Object& query) {
    auto answer = host.directory_query(json::stringify(query));
    if (!answer) return answer.status();
    try {
        return json::parse_object(answer.value(), "directory answer");
    } catch (const sdk::Error& e) {
        return sdk::Status(HP_E_INTERNAL,
                           std::string("The host's directory answered: ") + e.what());
    }
}

}  // namespace

sdk::Result<std::vector<Center>> HostDirectory::centers() const {
    json::Object query = json::object();
    query->set("query", "centers");
    auto answer = ask(host_, query);
    if (!answer) return answer.status();
    std::vector<Center> centers;
    try {
        json::Array list = json::get_array(answer.value(), "centers");
        if (!list) return sdk::Status(HP_E_INTERNAL, "The host's directory listed no centers");
        for (std::size_t i = 0; i < list->size(); ++i) {
            json::Object center = list->getObject(i);
            if (!center) continue;
            centers.push_back({json::require_int(center, "id"),
                               json::require_string(center, "name"),
                               json::get_string(center, "time_zone").value_or("")});
        }
    } catch (const sdk::Error& e) {
        return sdk::Status(
            HP_E_INTERNAL,
            std::string("The host's directory answered malformed centers: ") + e.what());
    }
    return centers;
}

sdk::Result<std::optional<Employee>> HostDirectory::employee(std::int64_t id) const {
    json::Object query = json::object();
    query->set("query", "employee");
    query->set("employee_id", id);
    auto answer = ask(host_, query);
    if (!answer) {
        if (answer.code() == HP_E_NOT_FOUND) return std::optional<Employee>();
        return answer.status();
    }
    try {
        json::Object e = json::get_object(answer.value(), "employee");
        if (!e) return std::optional<Employee>();
        return std::optional<Employee>(
            Employee{json::require_int(e, "id"), json::require_string(e, "name"),
                     json::get_string(e, "email").value_or(""), json::get_int(e, "home_center_id"),
                     json::get_string(e, "status").value_or("active")});
    } catch (const sdk::Error& e) {
        return sdk::Status(
            HP_E_INTERNAL,
            std::string("The host's directory answered a malformed employee: ") + e.what());
    }
}

}  // namespace kisi::access
