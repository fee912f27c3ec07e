#include "host_web/plugin_replies.h"

#include <Poco/JSON/Object.h>

namespace host::web {

int http_status(hp_status status) {
    switch (status) {
        case HP_OK:
            return 200;
        case HP_E_INVALID_ARGUMENT:
            return 422;
        case HP_E_NOT_FOUND:
            return 404;
        case HP_E_CONFLICT:
            return 409;
        case HP_E_FORBIDDEN:
            return 403;
        case HP_E_UPSTREAM:
            return 502;
        case HP_E_UNAVAILABLE:
            return 503;
        default:
            return 500;
    }
}

void reply_document(Exchange& exchange, const loader::CallResult& result) {
    if (result.ok() && !result.json.empty()) {
        return exchange.reply_json_text(200, result.json);
    }
    if (result.ok()) return exchange.reply_error(500, "the plugin answered an empty document");
    if (!result.json.empty())
        return exchange.reply_json_text(http_status(result.status), result.json);
    exchange.reply_error(http_status(result.status), result.message);
}

void reply_outcome(Exchange& exchange, const loader::CallResult& result) {
    if (!result.json.empty())
        return exchange.reply_json_text(http_status(result.status), result.json);
    Poco::JSON::Object outcome;
    outcome.set("ok", result.ok());
    outcome.set("message", result.message);
    exchange.reply(http_status(result.status), outcome);
}

}  // namespace host::web
