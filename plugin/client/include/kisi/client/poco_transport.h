#pragma once

#include <chrono>
#include <memory>
#include <mutex>
#include <vector>

#include "kisi/client/base_url.h"
#include "kisi/client/http.h"

namespace Poco::Net {
class HTTPClientSession;
}

namespace kisi::client {

struct TransportOptions {
    std::chrono::milliseconds connect_timeout{10'000};
    std::chrono::milliseconds read_timeout{30'000};

    bool operator==(const TransportOptions&) const = default;
};

// HTTP(S) over Poco with kept-alive connections: an idle connection is reused for the next
// request, a failed one is dropped and a new one opened, and concurrent requests each get their
// own. HTTPS verifies the server against the system CA store (/etc/ssl/certs) and its host name;
// an invalid certificate is never accepted.
class PocoTransport final : public HttpTransport {
  public:
    PocoTransport(BaseUrl base_url, TransportOptions options);
    ~PocoTransport() override;

    // The transport every client of this base URL (and these options) in the process shares,
    // kept for the life of the process so that a client made for one call still finds a warm
    // connection.
    static std::shared_ptr<PocoTransport> shared_for(const BaseUrl& base_url,
                                                     TransportOptions options);

    Result<HttpResponse> send(const HttpRequest& request) override;

  private:
    using Session = std::unique_ptr<Poco::Net::HTTPClientSession>;

    Session open_session() const;
    Session take_idle_session();
    void keep_idle_session(Session session);

    const BaseUrl base_url_;
    const TransportOptions options_;
    std::mutex mutex_;
    std::vector<Session> idle_;
};

}  // namespace kisi::client
