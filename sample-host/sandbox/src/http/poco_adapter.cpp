#include "http/poco_adapter.h"

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerRequestImpl.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>

namespace kisi::sandbox {
namespace {

// Request bodies above this size are cut off; Kisi's own bodies are a few hundred bytes.
constexpr std::streamsize max_body_bytes = 1 << 20;

ApiRequest convert(Poco::Net::HTTPServerRequest& request) {
    ApiRequest converted;
    const Poco::URI uri(request.getURI());
    converted.method = request.getMethod();
    converted.path = uri.getPath();
    converted.query = uri.getRawQuery();
    converted.parameters = uri.getQueryParameters();
    converted.authorization = request.get("Authorization", "");
    converted.integration_identifier = request.get("X-Kisi-Integration-Identifier", "");
    converted.integration_contact = request.get("X-Kisi-Integration-Contact", "");
    converted.peer_address = request.clientAddress().host().toString();
    converted.peer_is_loopback = request.clientAddress().host().isLoopback();
    std::string body;
    Poco::StreamCopier::copyToString(request.stream(), body);
    if (static_cast<std::streamsize>(body.size()) > max_body_bytes) body.resize(max_body_bytes);
    converted.body = std::move(body);
    return converted;
}

void drop_connection(Poco::Net::HTTPServerRequest& request,
                     Poco::Net::HTTPServerResponse& response) {
    response.setKeepAlive(false);
    auto& socket = static_cast<Poco::Net::HTTPServerRequestImpl&>(request).socket();
    // Linger 0: the client sees a reset, as when a proxy or the network gives up.
    socket.setLinger(true, 0);
    socket.shutdown();
}

void write(const ApiResponse& answer, Poco::Net::HTTPServerResponse& response) {
    response.setStatusAndReason(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(answer.status));
    for (const auto& [name, value] : answer.headers) response.set(name, value);
    if (answer.body.empty()) {
        response.setContentLength(0);
        response.send();
        return;
    }
    response.setContentType("application/json; charset=utf-8");
    response.setContentLength(static_cast<std::streamsize>(answer.body.size()));
    response.send() << answer.body;
}

class PipelineHandler : public Poco::Net::HTTPRequestHandler {
  public:
    explicit PipelineHandler(Pipeline& pipeline) : pipeline_(pipeline) {}

    void handleRequest(Poco::Net::HTTPServerRequest& request,
                       Poco::Net::HTTPServerResponse& response) override {
        ApiRequest converted = convert(request);
        const ApiResponse answer = pipeline_.handle(converted);
        if (answer.drop_connection) {
            drop_connection(request, response);
        } else {
            write(answer, response);
        }
    }

  private:
    Pipeline& pipeline_;
};

}  // namespace

Poco::Net::HTTPRequestHandler* PipelineHandlerFactory::createRequestHandler(
    const Poco::Net::HTTPServerRequest&) {
    return new PipelineHandler(pipeline_);
}

}  // namespace kisi::sandbox
