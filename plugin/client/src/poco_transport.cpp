#include "kisi/client/poco_transport.h"

#include <Poco/Delegate.h>
#include <Poco/Exception.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/InvalidCertificateHandler.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/SSLException.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/Timespan.h>

#include <istream>

#include "kisi/client/decoders.h"

namespace kisi::client {
namespace {

// Rejects every certificate OpenSSL could not verify. Poco's handlers subscribe to the
// process-wide SSLManager event in their constructor; this one unsubscribes so it answers only
// for the context it is set on, and nothing else in the process (which may have installed a
// lenient handler of its own) can make our context accept an invalid certificate.
class RejectInvalidCertificates final : public Poco::Net::InvalidCertificateHandler {
  public:
    RejectInvalidCertificates() : InvalidCertificateHandler(false) {
        Poco::Net::SSLManager::instance().ClientVerificationError -=
            Poco::Delegate<InvalidCertificateHandler, Poco::Net::VerificationErrorArgs>(
                this, &InvalidCertificateHandler::onInvalidCertificate);
    }
    void onInvalidCertificate(const void*, Poco::Net::VerificationErrorArgs& error) override {
        error.setIgnoreError(false);
    }
};

Poco::Net::Context::Ptr tls_context() {
    static const Poco::Net::Context::Ptr context = [] {
        Poco::Net::initializeSSL();
        Poco::Net::Context::Params params;
        params.caLocation = "/etc/ssl/certs";
        params.loadDefaultCAs = true;
        params.verificationMode = Poco::Net::Context::VERIFY_STRICT;
        Poco::Net::Context::Ptr created =
            new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, params);
        created->disableProtocols(
            Poco::Net::Context::PROTO_SSLV2 | Poco::Net::Context::PROTO_SSLV3 |
            Poco::Net::Context::PROTO_TLSV1 | Poco::Net::Context::PROTO_TLSV1_1);
        created->enableExtendedCertificateVerification(true);  // the host name must match
        created->setInvalidCertificateHandler(new RejectInvalidCertificates);
        return created;
    }();
    return context;
}

Poco::Timespan timespan(std::chrono::milliseconds duration) {
    return Poco::Timespan(std::chrono::duration_cast<std::chrono::microseconds>(duration).count());
}

Error transport_error(ErrorKind kind, std::string message) {
    Error error;
    error.kind = kind;
    error.message = std::move(message);
    return error;
}

// Thrown inside exchange() for a body over the size limit.
struct ResponseTooLarge {};

std::string read_body(std::istream& in, const Poco::Net::HTTPResponse& response) {
    if (response.hasContentLength() &&
        response.getContentLength64() > static_cast<Poco::Int64>(kMaxResponseBytes)) {
        throw ResponseTooLarge{};
    }
    std::string body;
    char buffer[64 * 1024];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        body.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (body.size() > kMaxResponseBytes) throw ResponseTooLarge{};
    }
    return body;
}

// Set when the status line of an answer arrived, so that a failure after it is never retried.
struct Exchange {
    bool response_started = false;
};

HttpResponse exchange(Poco::Net::HTTPClientSession& session, const std::string& path_prefix,
                      const HttpRequest& request, Exchange& progress) {
    Poco::Net::HTTPRequest poco_request(std::string(to_string(request.method)),
                                        path_prefix + request.target,
                                        Poco::Net::HTTPMessage::HTTP_1_1);
    poco_request.setKeepAlive(true);
    for (const auto& [name, value] : request.headers) poco_request.set(name, value);
    if (!request.body.empty() || request.method == HttpMethod::post ||
        request.method == HttpMethod::patch) {
        poco_request.setContentLength64(static_cast<Poco::Int64>(request.body.size()));
    }
    session.sendRequest(poco_request) << request.body;

    Poco::Net::HTTPResponse poco_response;
    std::istream& in = session.receiveResponse(poco_response);
    progress.response_started = true;

    HttpResponse response;
    response.status = static_cast<int>(poco_response.getStatus());
    for (const auto& [name, value] : poco_response) response.headers.emplace_back(name, value);
    response.body = read_body(in, poco_response);
    return response;
}

// Idle connections kept per transport; more concurrent requests open more, briefly.
constexpr std::size_t kMaxIdleSessions = 4;

}  // namespace

PocoTransport::PocoTransport(BaseUrl base_url, TransportOptions options)
    : base_url_(std::move(base_url)), options_(options) {}

PocoTransport::~PocoTransport() = default;

std::shared_ptr<PocoTransport> PocoTransport::shared_for(const BaseUrl& base_url,
                                                         TransportOptions options) {
    // Kept for the life of the process, so that short-lived clients (one per unlock) find the
    // connections of earlier ones.
    static std::mutex mutex;
    static std::vector<std::shared_ptr<PocoTransport>> transports;
    std::lock_guard lock(mutex);
    for (const auto& transport : transports) {
        if (transport->base_url_.to_string() == base_url.to_string() &&
            transport->options_ == options) {
            return transport;
        }
    }
    transports.push_back(std::make_shared<PocoTransport>(base_url, options));
    return transports.back();
}

PocoTransport::Session PocoTransport::open_session() const {
    Session session;
    if (base_url_.uses_tls()) {
        session = std::make_unique<Poco::Net::HTTPSClientSession>(base_url_.host, base_url_.port,
                                                                  tls_context());
    } else {
        session = std::make_unique<Poco::Net::HTTPClientSession>(base_url_.host, base_url_.port);
    }
    session->setKeepAlive(true);
    session->setTimeout(timespan(options_.connect_timeout), timespan(options_.read_timeout),
                        timespan(options_.read_timeout));
    return session;
}

PocoTransport::Session PocoTransport::take_idle_session() {
    std::lock_guard lock(mutex_);
    if (idle_.empty()) return nullptr;
    Session session = std::move(idle_.back());
    idle_.pop_back();
    return session;
}

void PocoTransport::keep_idle_session(Session session) {
    std::lock_guard lock(mutex_);
    if (idle_.size() < kMaxIdleSessions) idle_.push_back(std::move(session));
}

Result<HttpResponse> PocoTransport::send(const HttpRequest& request) {
    const std::string where = base_url_.to_string();
    Session session = take_idle_session();
    for (int round = 1;; ++round) {
        const bool reused_connection = session != nullptr;
        if (!session) session = open_session();
        Exchange progress;
        try {
            HttpResponse response = exchange(*session, base_url_.path_prefix, request, progress);
            keep_idle_session(std::move(session));
            return response;
        } catch (const ResponseTooLarge&) {
            return transport_error(ErrorKind::undecodable,
                                   "the answer is larger than " +
                                       std::to_string(kMaxResponseBytes / (1024 * 1024)) + " MiB");
        } catch (const Poco::TimeoutException&) {
            return transport_error(ErrorKind::network, where + " did not answer in time");
        } catch (const Poco::Net::SSLException& e) {
            return transport_error(ErrorKind::network, "the secure connection to " + where +
                                                           " failed (" + e.displayText() + ")");
        } catch (const Poco::Exception& e) {
            // A kept-alive connection the server had already closed fails before any answer;
            // the request never reached Kisi, so it goes once more on a fresh connection.
            if (reused_connection && !progress.response_started && round == 1) {
                session.reset();
                continue;
            }
            return transport_error(ErrorKind::network, "the connection to " + where + " failed (" +
                                                           e.displayText() + ")");
        } catch (const std::exception& e) {
            return transport_error(ErrorKind::network,
                                   "the connection to " + where + " failed (" + e.what() + ")");
        }
    }
}

}  // namespace kisi::client
