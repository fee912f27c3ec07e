#include "kisi/ui/action_answers.hpp"

namespace kisi::ui {

sdk::ActionResult refusal_result(const sdk::Status& status) {
    switch (status.code()) {
        case HP_E_INVALID_ARGUMENT:
            return sdk::ActionResult::invalid(status.message());
        case HP_E_NOT_FOUND:
            return sdk::ActionResult::not_found(status.message());
        case HP_E_CONFLICT:
            return sdk::ActionResult::conflict(status.message());
        case HP_E_FORBIDDEN:
            return sdk::ActionResult::forbidden(status.message());
        case HP_E_UPSTREAM:
            return sdk::ActionResult::upstream(status.message());
        case HP_E_UNAVAILABLE:
            return sdk::ActionResult::unavailable(status.message());
        default:
            throw sdk::Error(status.code(), status.message());
    }
}

std::string without_secret(std::string text, const std::string& secret) {
    if (secret.empty()) return text;
    for (auto at = text.find(secret); at != std::string::npos; at = text.find(secret, at))
        text.replace(at, secret.size(), "[secret]");
    return text;
}

}  // namespace kisi::ui
