#include <sdk/reply.hpp>

#include <utility>

namespace sdk {

Reply::Reply(hp_status status, std::string json, std::string message)
    : status_(status), json_(std::move(json)), message_(std::move(message)) {}

Reply Reply::ok(std::string json) {
    return Reply(HP_OK, std::move(json), {});
}
Reply Reply::ok(const json::Object& document) {
    return ok(json::stringify(document));
}
Reply Reply::ok(const json::Array& document) {
    return ok(json::stringify(document));
}

Reply Reply::error(hp_status status, std::string message, std::string json) {
    return Reply(status, std::move(json), std::move(message));
}

Reply Reply::unsupported(std::string message) {
    return error(HP_E_UNSUPPORTED, std::move(message));
}

ActionResult::ActionResult(hp_status status, std::string message)
    : status_(status), message_(std::move(message)) {}

ActionResult ActionResult::ok(std::string message) {
    return {HP_OK, std::move(message)};
}
ActionResult ActionResult::invalid(std::string message) {
    return {HP_E_INVALID_ARGUMENT, std::move(message)};
}
ActionResult ActionResult::not_found(std::string message) {
    return {HP_E_NOT_FOUND, std::move(message)};
}
ActionResult ActionResult::conflict(std::string message) {
    return {HP_E_CONFLICT, std::move(message)};
}
ActionResult ActionResult::forbidden(std::string message) {
    return {HP_E_FORBIDDEN, std::move(message)};
}
ActionResult ActionResult::upstream(std::string message) {
    return {HP_E_UPSTREAM, std::move(message)};
}
ActionResult ActionResult::unavailable(std::string message) {
    return {HP_E_UNAVAILABLE, std::move(message)};
}

ActionResult& ActionResult::field_error(const std::string& key, std::string message) {
    if (status_ == HP_OK) status_ = HP_E_INVALID_ARGUMENT;
    field_errors_[key] = std::move(message);
    return *this;
}

json::Object ActionResult::to_json() const {
    json::Object document = json::object();
    document->set("ok", ok());
    document->set("message", message_);
    if (!field_errors_.empty()) {
        json::Object errors = json::object();
        for (const auto& [key, message] : field_errors_) errors->set(key, message);
        document->set("field_errors", errors);
    }
    return document;
}

ActionResult::operator Reply() const {
    std::string document = json::stringify(to_json());
    return ok() ? Reply::ok(std::move(document))
                : Reply::error(status_, message_, std::move(document));
}

}  // namespace sdk
