#include "host_web/exchange.h"

#include <sstream>

#include <Poco/JSON/Parser.h>
#include <Poco/NumberParser.h>
#include <Poco/JSON/Stringifier.h>

namespace host::web {
namespace {

constexpr std::size_t max_body_bytes = 1 << 20;

int status_of(data::ErrorKind kind) {
    switch (kind) {
        case data::ErrorKind::invalid_argument:
            return 422;
        case data::ErrorKind::not_found:
            return 404;
        case data::ErrorKind::conflict:
            return 409;
        case data::ErrorKind::internal:
            return 500;
    }
    return 500;
}

}  // namespace

Exchange::Exchange(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response,
                   PathParams params)
    : request_(request), response_(response), params_(std::move(params)) {}

const std::string& Exchange::param(const std::string& name) const {
    return params_.at(name);
}

std::optional<std::int64_t> Exchange::id_param(const std::string& name, const std::string& entity) {
    Poco::Int64 id = 0;
    if (!Poco::NumberParser::tryParse64(param(name), id) || id <= 0) {
        reply_error(404,
                    entity + " '" + param(name) + "' does not exist (ids are positive integers)");
        return std::nullopt;
    }
    return id;
}

Poco::JSON::Object::Ptr Exchange::json_body() {
    std::string text;
    std::istream& in = request_.stream();
    char chunk[8192];
    while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
        text.append(chunk, static_cast<std::size_t>(in.gcount()));
        if (text.size() > max_body_bytes) {
            reply_error(413, "the request body is larger than 1 MiB");
            return nullptr;
        }
    }
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) return new Poco::JSON::Object;
    try {
        auto parsed = Poco::JSON::Parser().parse(text);
        if (parsed.type() == typeid(Poco::JSON::Object::Ptr)) {
            return parsed.extract<Poco::JSON::Object::Ptr>();
        }
        reply_error(400, "the request body must be a JSON object");
    } catch (const Poco::Exception& e) {
        reply_error(400, "the request body is not valid JSON: " + e.displayText());
    }
    return nullptr;
}

void Exchange::reply(int status, const Poco::Dynamic::Var& json) {
    std::ostringstream out;
    Poco::JSON::Stringifier::stringify(json, out);
    reply_json_text(status, out.str());
}

void Exchange::reply_json_text(int status, const std::string& json) {
    replied_ = true;
    response_.setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(status));
    response_.setContentType("application/json; charset=utf-8");
    response_.set("Cache-Control", "no-store");
    response_.setContentLength(static_cast<std::streamsize>(json.size()));
    response_.send() << json;
}

void Exchange::reply_error(int status, const std::string& message) {
    Poco::JSON::Object error;
    error.set("error", message);
    if (status == 401) response_.set("WWW-Authenticate", "Bearer");
    reply(status, error);
}

void Exchange::reply_error(const data::Error& error) {
    reply_error(status_of(error.kind), error.message);
}

}  // namespace host::web
