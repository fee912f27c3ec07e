#include "sandbox_control.hpp"

#include <Poco/JSON/Parser.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>

#include <sstream>
#include <stdexcept>

namespace sync_test {

std::string SandboxControl::call(const std::string& method, const std::string& path,
                                 const std::string& body) const {
    Poco::Net::HTTPClientSession session("127.0.0.1", port_);
    Poco::Net::HTTPRequest request(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
    if (!body.empty()) {
        request.setContentType("application/json");
        request.setContentLength(static_cast<std::streamsize>(body.size()));
    }
    session.sendRequest(request) << body;
    Poco::Net::HTTPResponse response;
    std::string answer;
    Poco::StreamCopier::copyToString(session.receiveResponse(response), answer);
    if (response.getStatus() >= 300)
        throw std::runtime_error(method + " " + path + " answered " +
                                 std::to_string(response.getStatus()) + ": " + answer);
    return answer;
}

void SandboxControl::inject(const std::string& fault_json) const {
    call("POST", "/_sandbox/faults", fault_json);
}

void SandboxControl::clear_faults() const {
    call("DELETE", "/_sandbox/faults");
}

Poco::JSON::Array::Ptr SandboxControl::requests() const {
    return Poco::JSON::Parser()
        .parse(call("GET", "/_sandbox/requests"))
        .extract<Poco::JSON::Array::Ptr>();
}

void SandboxControl::clear_requests() const {
    call("DELETE", "/_sandbox/requests");
}

}  // namespace sync_test
