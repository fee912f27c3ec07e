#include "host_web/web_server.h"

#include <Poco/Logger.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/NullStream.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>

#include "host_web/exchange.h"

namespace host::web {
namespace {

class RoutedRequest : public Poco::Net::HTTPRequestHandler {
  public:
    explicit RoutedRequest(std::shared_ptr<const Router> router) : router_(std::move(router)) {}

    void handleRequest(Poco::Net::HTTPServerRequest& request,
                       Poco::Net::HTTPServerResponse& response) override {
        const std::string path = Poco::URI(request.getURI()).getPath();
        auto match = router_->match(request.getMethod(), path);
        Exchange exchange(request, response, std::move(match.params));
        try {
            if (match.handler) {
                (*match.handler)(exchange);
            } else if (match.path_known) {
                std::string allowed;
                for (const auto& method : match.allowed_methods)
                    allowed += (allowed.empty() ? "" : ", ") + method;
                response.set("Allow", allowed);
                exchange.reply_error(405, request.getMethod() + " is not allowed on " + path);
            } else {
                exchange.reply_error(404, "no such endpoint: " + request.getMethod() + " " + path);
            }
        } catch (const std::exception& e) {
            Poco::Logger::get("host.web")
                .error(request.getMethod() + " " + path + " failed: " + e.what());
            if (!exchange.replied()) exchange.reply_error(500, "internal error; see the host log");
        }
        // A handler may answer without reading the body (a refused request): read the rest,
        // or the next request on this keep-alive connection would start inside it.
        Poco::NullOutputStream unread;
        Poco::StreamCopier::copyStream(request.stream(), unread);
    }

  private:
    std::shared_ptr<const Router> router_;
};

class Factory : public Poco::Net::HTTPRequestHandlerFactory {
  public:
    explicit Factory(std::shared_ptr<const Router> router) : router_(std::move(router)) {}
    Poco::Net::HTTPRequestHandler* createRequestHandler(
        const Poco::Net::HTTPServerRequest&) override {
        return new RoutedRequest(router_);
    }

  private:
    std::shared_ptr<const Router> router_;
};

}  // namespace

WebServer::WebServer(Options options, std::shared_ptr<const Router> router)
    : options_(std::move(options)) {
    Poco::Net::ServerSocket socket(Poco::Net::SocketAddress(options_.host, options_.port));
    port_ = socket.address().port();
    auto* params = new Poco::Net::HTTPServerParams;
    params->setMaxThreads(options_.max_threads);
    params->setKeepAlive(true);
    server_ =
        std::make_unique<Poco::Net::HTTPServer>(new Factory(std::move(router)), socket, params);
}

WebServer::~WebServer() {
    stop();
}

void WebServer::start() {
    server_->start();
    running_ = true;
}

void WebServer::stop() {
    if (!running_) return;
    running_ = false;
    server_->stopAll(true);
}

std::string WebServer::base_url() const {
    return "http://" + options_.host + ":" + std::to_string(port_);
}

}  // namespace host::web
