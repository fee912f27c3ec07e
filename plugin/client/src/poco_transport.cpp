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

}  // namespace

PocoTransport::PocoTransport(BaseUrl base_url, TransportOptions options)
    : base_url_(std::move(base_url)), options_(options) {}

PocoTransport::~PocoTransport() = default;

Poco::Net::HTTPClientSession& PocoTransport::session() {
    if (!session_) {
        if (base_url_.uses_tls()) {
            session_ = std::make_unique<Poco::Net::HTTPSClientSession>(
                base_url_.host, base_url_.port, tls_context());
        } else {
            session_ =
                std::make_unique<Poco::Net::HTTPClientSession>(base_url_.host, base_url_.port);
        }
        session_->setKeepAlive(true);
        session_->setTimeout(timespan(options_.connect_timeout), timespan(options_.read_timeout),
                             timespan(options_.read_timeout));
        session_used_ = false;
    }
    return *session_;
}

Result<HttpResponse> PocoTransport::send(const HttpRequest& request) {
    std::lock_guard lock(mutex_);
    const std::string where = base_url_.to_string();
    for (int round = 1;; ++round) {
        const bool reused_connection = session_ && session_used_;
        response_started_ = false;
        try {
            return exchange(request);
        } catch (const ResponseTooLarge&) {
            session_.reset();
            return transport_error(ErrorKind::undecodable,
                                   "the answer is larger than " +
                                       std::to_string(kMaxResponseBytes / (1024 * 1024)) + " MiB");
        } catch (const Poco::TimeoutException&) {
            session_.reset();
            return transport_error(ErrorKind::network, where + " did not answer in time");
        } catch (const Poco::Net::SSLException& e) {
            session_.reset();
            return transport_error(ErrorKind::network, "the secure connection to " + where +
                                                           " failed (" + e.displayText() + ")");
        } catch (const Poco::Exception& e) {
            session_.reset();
            // A kept-alive connection the server had already closed fails before any answer;
            // the request never reached Kisi, so it goes once more on a fresh connection.
            if (reused_connection && !response_started_ && round == 1) continue;
            return transport_error(ErrorKind::network, "the connection to " + where + " failed (" +
                                                           e.displayText() + ")");
        } catch (const std::exception& e) {
            session_.reset();
            return transport_error(ErrorKind::network,
                                   "the connection to " + where + " failed (" + e.what() + ")");
        }
    }
}

Result<HttpResponse> PocoTransport::exchange(const HttpRequest& request) {
    auto& http = session();
    Poco::Net::HTTPRequest poco_request(std::string(to_string(request.method)),
                                        base_url_.path_prefix + request.target,
                                        Poco::Net::HTTPMessage::HTTP_1_1);
    poco_request.setKeepAlive(true);
    for (const auto& [name, value] : request.headers) poco_request.set(name, value);
    if (!request.body.empty() || request.method == HttpMethod::post ||
        request.method == HttpMethod::patch) {
        poco_request.setContentLength64(static_cast<Poco::Int64>(request.body.size()));
    }
    std::ostream& out = http.sendRequest(poco_request);
    session_used_ = true;
    out << request.body;

    Poco::Net::HTTPResponse poco_response;
    std::istream& in = http.receiveResponse(poco_response);
    response_started_ = true;

    HttpResponse response;
    response.status = static_cast<int>(poco_response.getStatus());
    for (const auto& [name, value] : poco_response) response.headers.emplace_back(name, value);
    response.body = read_body(in, poco_response);
    return response;
}

}  // namespace kisi::client
