#include "kisi/sync/host_directory.hpp"

#include <sdk/json.hpp>

#include <string>

namespace kisi::sync {

namespace {

namespace json = sdk::json;

ContractFacts contract_from(const json::Object& o) {
    return {json::require_int(o, "id"), json::require_string(o, "start_date"),
            json::get_string(o, "end_date"), json::require_string(o, "status")};
}

AdultFacts adult_from(const json::Object& o) {
    AdultFacts adult;
    adult.id = json::require_int(o, "id");
    adult.family_id = json::get_int(o, "family_id").value_or(0);
    adult.name = json::get_string(o, "name").value_or("");
    adult.email = json::get_string(o, "email").value_or("");
    adult.relationship = json::get_string(o, "relationship").value_or("");
    adult.door_access = json::get_bool(o, "door_access").value_or(false);
    adult.do_not_admit = json::get_bool(o, "do_not_admit").value_or(false);
    if (auto centers = json::get_array(o, "centers")) {
        for (std::size_t i = 0; i < centers->size(); ++i) {
            auto c = centers->getObject(static_cast<unsigned>(i));
            CenterContracts center{
                json::require_int(c, "center_id"), json::require_string(c, "time_zone"), {}};
            if (auto contracts = json::get_array(c, "contracts"))
                for (std::size_t k = 0; k < contracts->size(); ++k)
                    center.contracts.push_back(
                        contract_from(contracts->getObject(static_cast<unsigned>(k))));
            adult.centers.push_back(std::move(center));
        }
    }
    return adult;
}

EmployeeFacts employee_from(const json::Object& o) {
    return {json::require_int(o, "id"), json::get_string(o, "name").value_or(""),
            json::get_string(o, "email").value_or(""),
            json::get_int(o, "home_center_id").value_or(0), json::require_string(o, "status")};
}

template <class T, class Parse>
std::vector<T> list_of(const json::Object& answer, const std::string& key, Parse parse) {
    std::vector<T> items;
    if (auto array = json::get_array(answer, key))
        for (std::size_t i = 0; i < array->size(); ++i)
            items.push_back(parse(array->getObject(static_cast<unsigned>(i))));
    return items;
}

std::string query_text(const std::string& name, const char* id_field = nullptr,
                       std::int64_t id = 0) {
    auto q = json::object();
    q->set("query", name);
    if (id_field) q->set(id_field, id);
    return json::stringify(q);
}

// Runs a query; nullopt answer means "not found". Parse failures become error values.
template <class T, class Build>
sdk::Result<std::optional<T>> ask(const sdk::Host& host, const std::string& query,
                                  const std::string& what, Build build) {
    auto answer = host.directory_query(query);
    if (!answer.ok()) {
        if (answer.code() == HP_E_NOT_FOUND) return std::optional<T>{};
        return sdk::Status(answer.code(),
                           "the host directory could not answer " + what + ": " + answer.message());
    }
    try {
        return std::optional<T>(build(json::parse_object(answer.value(), what)));
    } catch (const std::exception& e) {
        return sdk::Status(HP_E_INTERNAL,
                           "the host directory's answer to " + what + " is malformed: " + e.what());
    }
}

template <class T>
sdk::Result<T> required(sdk::Result<std::optional<T>> answer, T if_missing) {
    if (!answer.ok()) return answer.status();
    auto value = std::move(answer).value();
    return value ? std::move(*value) : std::move(if_missing);
}

}  // namespace

sdk::Result<std::optional<AdultFacts>> HostDirectory::adult(std::int64_t adult_id) const {
    return ask<AdultFacts>(
        host_, query_text("adult", "adult_id", adult_id), "adult " + std::to_string(adult_id),
        [](const json::Object& a) { return adult_from(json::get_object(a, "adult")); });
}

sdk::Result<std::optional<EmployeeFacts>> HostDirectory::employee(std::int64_t employee_id) const {
    return ask<EmployeeFacts>(host_, query_text("employee", "employee_id", employee_id),
                              "employee " + std::to_string(employee_id), [](const json::Object& a) {
                                  return employee_from(json::get_object(a, "employee"));
                              });
}

sdk::Result<std::vector<AdultFacts>> HostDirectory::adults_by_contract(
    std::int64_t contract_id) const {
    return required(
        ask<std::vector<AdultFacts>>(
            host_, query_text("adults_by_contract", "contract_id", contract_id),
            "the adults of contract " + std::to_string(contract_id),
            [](const json::Object& a) { return list_of<AdultFacts>(a, "adults", adult_from); }),
        std::vector<AdultFacts>{});
}

sdk::Result<std::vector<AdultFacts>> HostDirectory::center_entitlements(
    std::int64_t center_id) const {
    return required(
        ask<std::vector<AdultFacts>>(
            host_, query_text("center_entitlements", "center_id", center_id),
            "the entitlements of center " + std::to_string(center_id),
            [](const json::Object& a) { return list_of<AdultFacts>(a, "adults", adult_from); }),
        std::vector<AdultFacts>{});
}

sdk::Result<std::vector<EmployeeFacts>> HostDirectory::employees() const {
    return required(ask<std::vector<EmployeeFacts>>(host_, query_text("employees"), "the employees",
                                                    [](const json::Object& a) {
                                                        return list_of<EmployeeFacts>(
                                                            a, "employees", employee_from);
                                                    }),
                    std::vector<EmployeeFacts>{});
}

sdk::Result<std::vector<CenterFacts>> HostDirectory::centers() const {
    return required(ask<std::vector<CenterFacts>>(
                        host_, query_text("centers"), "the centers",
                        [](const json::Object& a) {
                            return list_of<CenterFacts>(a, "centers", [](const json::Object& c) {
                                return CenterFacts{json::require_int(c, "id"),
                                                   json::get_string(c, "name").value_or(""),
                                                   json::get_string(c, "time_zone").value_or("")};
                            });
                        }),
                    std::vector<CenterFacts>{});
}

}  // namespace kisi::sync
