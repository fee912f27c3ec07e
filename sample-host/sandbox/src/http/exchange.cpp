#include "http/exchange.h"

#include "json/json_util.h"

namespace kisi::sandbox {

std::optional<std::string> ApiRequest::parameter(const std::string& name) const {
    for (const auto& [key, value] : parameters) {
        if (key == name) return value;
    }
    return std::nullopt;
}

ApiResponse ApiResponse::json(int status, const Poco::Dynamic::Var& value) {
    ApiResponse response;
    response.status = status;
    response.body = json::stringify(value);
    return response;
}

ApiResponse ApiResponse::no_content() {
    ApiResponse response;
    response.status = 204;
    return response;
}

ApiResponse ApiResponse::error(const ApiError& error) {
    auto body = json::object();
    if (!error.field_errors.empty()) {
        auto fields = json::object();
        for (const auto& [field, messages] : error.field_errors) {
            Poco::JSON::Array::Ptr list = new Poco::JSON::Array;
            for (const auto& message : messages) list->add(message);
            fields->set(field, list);
        }
        body->set("errors", fields);
    } else {
        body->set("code", error.code);
        body->set("error", error.message);
    }
    ApiResponse response = json(error.status, body);
    if (error.retry_after_seconds) {
        response.headers.emplace_back("Retry-After", std::to_string(*error.retry_after_seconds));
    }
    return response;
}

ApiResponse ApiResponse::dropped() {
    ApiResponse response;
    response.status = 0;
    response.drop_connection = true;
    return response;
}

}  // namespace kisi::sandbox
