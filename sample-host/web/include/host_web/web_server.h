// The host's HTTP server (Poco HTTPServer): routes every request through a Router; unknown
// paths answer 404 and known paths with another method 405, both as {"error": ...}.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include <Poco/Net/HTTPServer.h>

#include "host_web/router.h"

namespace host::web {

class WebServer {
  public:
    struct Options {
        std::string host = "127.0.0.1";
        std::uint16_t port = 8080;  // 0: any free port (see port())
        int max_threads = 16;
    };

    // Binds the socket at once (throws Poco::Exception naming the address when it cannot).
    WebServer(Options options, std::shared_ptr<const Router> router);
    ~WebServer();

    void start();
    void stop();
    std::uint16_t port() const { return port_; }
    std::string base_url() const;

  private:
    Options options_;
    std::uint16_t port_ = 0;
    std::unique_ptr<Poco::Net::HTTPServer> server_;
    bool running_ = false;
};

}  // namespace host::web
