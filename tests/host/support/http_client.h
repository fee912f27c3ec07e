// A JSON-over-HTTP client for driving the host's APIs in tests.
#pragma once

#include <optional>
#include <sstream>
#include <string>

#include <Poco/Dynamic/Var.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>

namespace host::testing {

struct HttpAnswer {
    int status = 0;
    std::string body;
    std::string www_authenticate;

    Poco::Dynamic::Var json() const { return Poco::JSON::Parser().parse(body); }
    Poco::JSON::Object::Ptr object() const { return json().extract<Poco::JSON::Object::Ptr>(); }
    Poco::JSON::Array::Ptr array() const { return json().extract<Poco::JSON::Array::Ptr>(); }
    std::string error() const { return object()->getValue<std::string>("error"); }
};

class HttpClient {
  public:
    explicit HttpClient(std::uint16_t port) : port_(port) {}

    HttpAnswer send(const std::string& method, const std::string& path,
                    const std::optional<std::string>& body = std::nullopt,
                    const std::optional<std::string>& bearer = std::nullopt) const {
        Poco::Net::HTTPClientSession session("127.0.0.1", port_);
        session.setTimeout(Poco::Timespan(30, 0));
        Poco::Net::HTTPRequest request(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
        if (bearer) request.setCredentials("Bearer", *bearer);
        if (body) {
            request.setContentType("application/json");
            request.setContentLength(static_cast<std::streamsize>(body->size()));
            session.sendRequest(request) << *body;
        } else {
            session.sendRequest(request);
        }
        Poco::Net::HTTPResponse response;
        std::istream& in = session.receiveResponse(response);
        HttpAnswer answer;
        answer.status = response.getStatus();
        answer.www_authenticate = response.get("WWW-Authenticate", "");
        Poco::StreamCopier::copyToString(in, answer.body);
        return answer;
    }

  private:
    std::uint16_t port_;
};

}  // namespace host::testing
