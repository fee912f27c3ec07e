#include "host_data/directory.h"

#include <functional>
#include <map>
#include <sstream>

#include <Poco/JSON/Parser.h>

#include "body_reader.h"
#include "host_data/entity_json.h"
#include "store_rows.h"

namespace host::data {
namespace {

using Session = Poco::Data::Session;
using Object = Poco::JSON::Object;
using Array = Poco::JSON::Array;

Array::Ptr group_adult_rows(const Poco::Data::RecordSet& rows);

// Adults with the contract windows of their family's children, grouped per center.
// `contract_scope` narrows the joined contracts; `adult_scope` selects the adults.
template <class... Params>
Array::Ptr adult_facts(Session& session, const std::string& contract_scope,
                       const std::string& adult_scope, const Params&... params) {
    return group_adult_rows(
        select(session,
               "SELECT a.id, a.family_id, a.name, a.email, a.relationship, a.door_access, "
               "a.do_not_admit, k.id, k.center_id, k.start_date, k.end_date, k.status, c.time_zone "
               "FROM adults a "
               "LEFT JOIN children ch ON ch.family_id = a.family_id "
               "LEFT JOIN contracts k ON k.child_id = ch.id" +
                   contract_scope + " LEFT JOIN centers c ON c.id = k.center_id WHERE " +
                   adult_scope + " ORDER BY a.id, k.center_id, k.start_date, k.id",
               params...));
}

// Rows are ordered by adult, then center: each adult and each center opens a new group.
Array::Ptr group_adult_rows(const Poco::Data::RecordSet& rows) {
    Array::Ptr adults = new Array;
    Object::Ptr adult;
    Array::Ptr centers;
    Array::Ptr contracts;
    Id adult_id = 0;
    Id center_id = 0;
    for (std::size_t row = 0; row < rows.rowCount(); ++row) {
        const auto value = [&](std::size_t column) { return rows.value(column, row); };
        if (!adult || value(0).convert<Id>() != adult_id) {
            adult_id = value(0).convert<Id>();
            adult = to_json(Adult{adult_id, value(1).convert<Id>(), value(2).convert<std::string>(),
                                  value(3).convert<std::string>(), value(4).convert<std::string>(),
                                  value(5).convert<int>() != 0, value(6).convert<int>() != 0});
            centers = new Array;
            adult->set("centers", centers);
            adults->add(adult);
            center_id = 0;
        }
        if (value(7).isEmpty()) continue;  // a family without (matching) contracts
        if (value(8).convert<Id>() != center_id) {
            center_id = value(8).convert<Id>();
            Object::Ptr center = new Object;
            center->set("center_id", center_id);
            center->set("time_zone", value(12).convert<std::string>());
            contracts = new Array;
            center->set("contracts", contracts);
            centers->add(center);
        }
        Object::Ptr window = new Object;
        window->set("id", value(7).convert<Id>());
        window->set("start_date", value(9).convert<std::string>());
        window->set("end_date", value(10).isEmpty()
                                    ? Poco::Dynamic::Var()
                                    : Poco::Dynamic::Var(value(10).convert<std::string>()));
        window->set("status", value(11).convert<std::string>());
        contracts->add(window);
    }
    return adults;
}

Array::Ptr all_employees(Session& session) {
    auto rows = select(session, "SELECT id FROM employees ORDER BY id");
    Array::Ptr list = new Array;
    for (std::size_t row = 0; row < rows.rowCount(); ++row) {
        list->add(to_json(*find_employee(session, rows.value(0, row).convert<Id>())));
    }
    return list;
}

Object::Ptr answer(const char* key, const Poco::Dynamic::Var& value) {
    Object::Ptr document = new Object;
    document->set(key, value);
    return document;
}

using Handler = std::function<Result<Object::Ptr>(Session&, const Object&)>;

Result<Id> required_id(const Object& request, const char* field, const char* query) {
    BodyReader reader(request, {"query", field});
    const Id id = reader.required(field, reader.id(field));
    if (auto status = reader.status(); !status) {
        return invalid(std::string("directory query '") + query + "': " + status.error().message);
    }
    return id;
}

Result<Object::Ptr> no_parameters(const Object& request, const char* query,
                                  const std::function<Object::Ptr()>& build) {
    BodyReader reader(request, {"query"});
    if (auto status = reader.status(); !status) {
        return invalid(std::string("directory query '") + query + "': " + status.error().message);
    }
    return build();
}

const std::map<std::string, Handler>& handlers() {
    static const std::map<std::string, Handler> all{
        {"centers",
         [](Session& s, const Object& request) {
             return no_parameters(request, "centers", [&] {
                 auto rows = select(s, "SELECT id FROM centers ORDER BY id");
                 Array::Ptr centers = new Array;
                 for (std::size_t row = 0; row < rows.rowCount(); ++row) {
                     centers->add(to_json(*find_center(s, rows.value(0, row).convert<Id>())));
                 }
                 return answer("centers", centers);
             });
         }},
        {"center_entitlements",
         [](Session& s, const Object& request) -> Result<Object::Ptr> {
             auto id = required_id(request, "center_id", "center_entitlements");
             if (!id) return id.error();
             const auto center = find_center(s, id.value());
             if (!center) return missing("center", id.value());
             auto document = answer("center", to_json(*center));
             document->set("adults",
                           adult_facts(s, " AND k.center_id = ?",
                                       "a.family_id IN (SELECT ch2.family_id FROM children ch2 "
                                       "JOIN contracts k2 ON k2.child_id = ch2.id "
                                       "WHERE k2.center_id = ?)",
                                       id.value(), id.value()));
             return document;
         }},
        {"adult",
         [](Session& s, const Object& request) -> Result<Object::Ptr> {
             auto id = required_id(request, "adult_id", "adult");
             if (!id) return id.error();
             auto adults = adult_facts(s, "", "a.id = ?", id.value());
             if (adults->size() == 0) return missing("adult", id.value());
             return answer("adult", adults->get(0));
         }},
        {"adults_by_contract",
         [](Session& s, const Object& request) -> Result<Object::Ptr> {
             auto id = required_id(request, "contract_id", "adults_by_contract");
             if (!id) return id.error();
             const auto contract = find_contract(s, id.value());
             if (!contract) return missing("contract", id.value());
             auto document = answer("contract", to_json(*contract));
             document->set("adults", adult_facts(s, "",
                                                 "a.family_id = (SELECT family_id FROM children "
                                                 "WHERE id = ?)",
                                                 contract->child_id));
             return document;
         }},
        {"adults",
         [](Session& s, const Object& request) {
             return no_parameters(request, "adults", [&] {
                 return answer("adults", adult_facts(s, "", "a.door_access = 1"));
             });
         }},
        {"employee",
         [](Session& s, const Object& request) -> Result<Object::Ptr> {
             auto id = required_id(request, "employee_id", "employee");
             if (!id) return id.error();
             const auto employee = find_employee(s, id.value());
             if (!employee) return missing("employee", id.value());
             return answer("employee", to_json(*employee));
         }},
        {"employees",
         [](Session& s, const Object& request) {
             return no_parameters(request, "employees",
                                  [&] { return answer("employees", all_employees(s)); });
         }},
    };
    return all;
}

}  // namespace

Directory::Directory(std::shared_ptr<Database> database) : database_(std::move(database)) {}

Result<Object::Ptr> Directory::query(const Object& request) {
    if (!request.has("query") || !request.get("query").isString()) {
        return invalid(
            "a directory request needs \"query\" naming the query (for example "
            "{\"query\":\"centers\"})");
    }
    const auto name = request.get("query").extract<std::string>();
    const auto handler = handlers().find(name);
    if (handler == handlers().end()) {
        std::string known;
        for (const auto& [query, unused] : handlers()) known += (known.empty() ? "" : ", ") + query;
        return invalid("unknown directory query '" + name + "' (known: " + known + ")");
    }
    return database_->read([&](Session& session) { return handler->second(session, request); });
}

Result<std::string> Directory::query(const std::string& request_json) {
    Object::Ptr request;
    try {
        request = Poco::JSON::Parser().parse(request_json).extract<Object::Ptr>();
    } catch (const Poco::Exception& e) {
        return invalid("the directory request is not a JSON object: " + e.displayText());
    }
    auto document = query(*request);
    if (!document) return document.error();
    std::ostringstream out;
    document.value()->stringify(out);
    return out.str();
}

}  // namespace host::data
