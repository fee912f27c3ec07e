#include "host_web/qa_tokens_handler.h"

#include "host_web/exchange.h"

namespace host::web {

QaTokensHandler::QaTokensHandler(std::shared_ptr<data::AppTokens> tokens)
    : tokens_(std::move(tokens)) {}

void QaTokensHandler::add_routes(Router& router, const Guards& guards) {
    router.add("POST", "/qa/tokens", guards.qa([this](Exchange& exchange) { issue(exchange); }));
}

void QaTokensHandler::issue(Exchange& exchange) {
    const auto body = exchange.json_body();
    if (!body) return;
    data::AppPerson person;
    for (const auto& [name, value] : *body) {
        if ((name != "adult_id" && name != "employee_id") || !value.isInteger() ||
            value.isBoolean()) {
            return exchange.reply_error(
                422, "the body must be {\"adult_id\": N} or {\"employee_id\": N}");
        }
        (name == "adult_id" ? person.adult_id : person.employee_id) = value.convert<data::Id>();
    }
    auto token = tokens_->issue(person);
    if (!token) return exchange.reply_error(token.error());
    Poco::JSON::Object answer;
    answer.set("token", token.value());
    exchange.reply(201, answer);
}

}  // namespace host::web
