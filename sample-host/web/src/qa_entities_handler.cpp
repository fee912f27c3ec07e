#include "host_web/qa_entities_handler.h"

#include "host_data/entity_json.h"
#include "host_web/exchange.h"

namespace host::web {
namespace {

// POST: parse the body strictly, create, answer 201 {"id": N}.
template <class Parse, class Create>
Handler create_route(Parse parse, Create create) {
    return [parse, create](Exchange& exchange) {
        const auto body = exchange.json_body();
        if (!body) return;
        auto input = parse(*body);
        if (!input) return exchange.reply_error(input.error());
        auto created = create(std::move(input).value());
        if (!created) return exchange.reply_error(created.error());
        Poco::JSON::Object answer;
        answer.set("id", created.value().id);
        exchange.reply(201, answer);
    };
}

// PATCH: parse the partial body, update, answer 200 with the new state.
template <class Parse, class Update>
Handler update_route(const char* entity, Parse parse, Update update) {
    return [entity, parse, update](Exchange& exchange) {
        const auto id = exchange.id_param("id", entity);
        if (!id) return;
        const auto body = exchange.json_body();
        if (!body) return;
        auto patch = parse(*body);
        if (!patch) return exchange.reply_error(patch.error());
        auto updated = update(*id, patch.value());
        if (!updated) return exchange.reply_error(updated.error());
        exchange.reply(200, data::to_json(updated.value()));
    };
}

}  // namespace

QaEntitiesHandler::QaEntitiesHandler(std::shared_ptr<data::Store> store)
    : store_(std::move(store)) {}

void QaEntitiesHandler::add_routes(Router& router, const Guards& guards) {
    auto& store = *store_;
    router.add("POST", "/qa/centers",
               guards.qa(create_route(data::center_from_json, [&store](data::Center c) {
                   return store.create_center(c);
               })));
    router.add("POST", "/qa/families",
               guards.qa(create_route(data::family_from_json, [&store](data::Family f) {
                   return store.create_family(f);
               })));
    router.add("POST", "/qa/adults",
               guards.qa(create_route(data::adult_from_json,
                                      [&store](data::Adult a) { return store.create_adult(a); })));
    router.add("POST", "/qa/children",
               guards.qa(create_route(data::child_from_json,
                                      [&store](data::Child c) { return store.create_child(c); })));
    router.add("POST", "/qa/contracts",
               guards.qa(create_route(data::contract_from_json, [&store](data::Contract c) {
                   return store.create_contract(c);
               })));
    router.add("POST", "/qa/employees",
               guards.qa(create_route(data::employee_from_json, [&store](data::Employee e) {
                   return store.create_employee(e);
               })));
    router.add("PATCH", "/qa/adults/{id}",
               guards.qa(update_route("adult", data::adult_patch_from_json,
                                      [&store](data::Id id, const data::AdultPatch& patch) {
                                          return store.update_adult(id, patch);
                                      })));
    router.add("PATCH", "/qa/contracts/{id}",
               guards.qa(update_route("contract", data::contract_patch_from_json,
                                      [&store](data::Id id, const data::ContractPatch& patch) {
                                          return store.update_contract(id, patch);
                                      })));
    router.add("PATCH", "/qa/employees/{id}",
               guards.qa(update_route("employee", data::employee_patch_from_json,
                                      [&store](data::Id id, const data::EmployeePatch& patch) {
                                          return store.update_employee(id, patch);
                                      })));
}

}  // namespace host::web
