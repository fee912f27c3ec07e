// reply.hpp: what a plugin method answers: a status, a JSON document and a message.
#pragma once

#include <sdk/json.hpp>

#include <host_api/host_plugin.h>

#include <map>
#include <string>

namespace sdk {

class Reply {
  public:
    // HP_OK with an answer document (may be empty for calls that answer nothing).
    static Reply ok(std::string json = {});
    static Reply ok(const json::Object& document);
    static Reply ok(const json::Array& document);
    // A refusal: `message` is for the person who asked (no secrets); `json` is an optional
    // answer document (run_action and save_tab put {"ok": false, ...} there).
    static Reply error(hp_status status, std::string message, std::string json = {});
    static Reply unsupported(std::string message);

    hp_status status() const { return status_; }
    const std::string& json() const { return json_; }
    const std::string& message() const { return message_; }

  private:
    Reply(hp_status status, std::string json, std::string message);

    hp_status status_;
    std::string json_;
    std::string message_;
};

// The answer to a settings-page action or a profile-tab save:
// {"ok": bool, "message": "...", "field_errors": {"<key>": "..."}} plus the matching status
// (HP_E_INVALID_ARGUMENT -> 422, HP_E_CONFLICT -> 409, HP_E_UPSTREAM -> 502, ...).
//
//   return sdk::ActionResult::invalid("Check the API key").field_error("api_key", "Kisi refused
//   it");
class ActionResult {
  public:
    static ActionResult ok(std::string message);
    static ActionResult invalid(std::string message);      // 422
    static ActionResult not_found(std::string message);    // 404
    static ActionResult conflict(std::string message);     // 409
    static ActionResult forbidden(std::string message);    // 403
    static ActionResult upstream(std::string message);     // 502: the remote service refused
    static ActionResult unavailable(std::string message);  // 503: the remote service is unreachable

    // Adds a message for one form field; an ok result becomes invalid.
    ActionResult& field_error(const std::string& key, std::string message);

    bool ok() const { return status_ == HP_OK; }
    hp_status status() const { return status_; }
    const std::string& message() const { return message_; }
    const std::map<std::string, std::string>& field_errors() const { return field_errors_; }

    json::Object to_json() const;
    operator Reply() const;

  private:
    ActionResult(hp_status status, std::string message);

    hp_status status_;
    std::string message_;
    std::map<std::string, std::string> field_errors_;
};

}  // namespace sdk
