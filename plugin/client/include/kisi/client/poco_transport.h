#pragma once

#include <chrono>
#include <memory>
#include <mutex>

#include "kisi/client/base_url.h"
#include "kisi/client/http.h"

namespace Poco::Net {
class HTTPClientSession;
}

namespace kisi::client {

struct TransportOptions {
    std::chrono::milliseconds connect_timeout{10'000};
    std::chrono::milliseconds read_timeout{30'000};
};

// HTTP(S) over Poco with one kept-alive connection, reopened when it fails. HTTPS verifies
// the server against the system CA store (/etc/ssl/certs) and its host name; an invalid
// certificate is never accepted.
class PocoTransport final : public HttpTransport {
  public:
    PocoTransport(BaseUrl base_url, TransportOptions options);
    ~PocoTransport() override;

    Result<HttpResponse> send(const HttpRequest& request) override;

  private:
    Result<HttpResponse> exchange(const HttpRequest& request);
    Poco::Net::HTTPClientSession& session();

    const BaseUrl base_url_;
    const TransportOptions options_;
    std::mutex mutex_;
    std::unique_ptr<Poco::Net::HTTPClientSession> session_;
    bool session_used_ = false;      // the current connection already carried a request
    bool response_started_ = false;  // the current exchange got a status line
};

}  // namespace kisi::client
