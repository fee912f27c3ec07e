// Answers of plugin calls as HTTP: the hp_status decides the HTTP status (HP_OK 200,
// INVALID_ARGUMENT 422, NOT_FOUND 404, CONFLICT 409, FORBIDDEN 403, UPSTREAM 502,
// UNAVAILABLE 503, anything else 500) and the plugin's JSON is the body.
#pragma once

#include <host_api/host_plugin.h>
#include <host/loader/plugin_manager.hpp>

#include "host_web/exchange.h"

namespace host::web {

int http_status(hp_status status);

// A document (UI page, tab, door list): the plugin's JSON, or {"error": message} on failure.
void reply_document(Exchange& exchange, const loader::CallResult& result);
// An outcome (action, save, unlock): the plugin's JSON, or {"ok": false, "message": ...} when
// the plugin answered none.
void reply_outcome(Exchange& exchange, const loader::CallResult& result);

}  // namespace host::web
