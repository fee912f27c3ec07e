#include "host_web/qa_clock_handler.h"

#include "host_data/calendar.h"
#include "host_web/exchange.h"

namespace host::web {

QaClockHandler::QaClockHandler(std::shared_ptr<data::HostClock> clock) : clock_(std::move(clock)) {}

void QaClockHandler::add_routes(Router& router, const Guards& guards) {
    router.add("GET", "/qa/clock", guards.qa([this](Exchange& exchange) { get(exchange); }));
    router.add("PUT", "/qa/clock", guards.qa([this](Exchange& exchange) { put(exchange); }));
}

void QaClockHandler::get(Exchange& exchange) {
    Poco::JSON::Object answer;
    answer.set("now", data::format_instant(clock_->now_ms()));
    answer.set("simulated", clock_->simulated());
    exchange.reply(200, answer);
}

void QaClockHandler::put(Exchange& exchange) {
    const auto body = exchange.json_body();
    if (!body) return;
    if (body->size() != 1 || !body->has("now")) {
        return exchange.reply_error(
            422, "the body must be {\"now\": \"<ISO-8601 instant>\"} or {\"now\": null}");
    }
    data::Status moved = data::Done{};
    if (body->isNull("now")) {
        moved = clock_->reset();
    } else {
        const auto& value = body->get("now");
        const auto instant =
            value.isString() ? data::parse_instant(value.extract<std::string>()) : std::nullopt;
        if (!instant) {
            return exchange.reply_error(
                422, "now must be an ISO-8601 instant with a zone, like \"2025-09-01T08:00:00Z\"");
        }
        moved = clock_->set(*instant);
    }
    if (!moved) return exchange.reply_error(moved.error());
    get(exchange);
}

}  // namespace host::web
