#include "kisi/client/poco_transport.h"

#include "kisi/client/kisi_client.h"

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/SecureServerSocket.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/StreamCopier.h>
#include <gtest/gtest.h>

#include <condition_variable>
#include <mutex>
#include <set>
#include <thread>

namespace kisi::client {
namespace {

using std::chrono::milliseconds;

// What the local test server saw, and a gate that holds slow answers until the test ends.
struct ServerState {
    std::mutex mutex;
    std::set<std::uint16_t> client_ports;
    std::vector<std::string> bodies;
    std::vector<std::string> authorizations;
    bool release_slow = false;
    std::condition_variable released;
};

class Handler final : public Poco::Net::HTTPRequestHandler {
  public:
    explicit Handler(ServerState& state) : state_(state) {}
    void handleRequest(Poco::Net::HTTPServerRequest& request,
                       Poco::Net::HTTPServerResponse& response) override {
        std::string body;
        Poco::StreamCopier::copyToString(request.stream(), body);
        {
            std::lock_guard lock(state_.mutex);
            state_.client_ports.insert(request.clientAddress().port());
            state_.bodies.push_back(body);
            state_.authorizations.push_back(request.get("Authorization", ""));
        }
        if (request.getURI() == "/slow") {
            std::unique_lock lock(state_.mutex);
            state_.released.wait(lock, [&] { return state_.release_slow; });
        }
        if (request.getURI() == "/huge") {
            response.setContentLength64(17 * 1024 * 1024);
            response.send().flush();
            return;
        }
        response.setStatus(request.getURI() == "/missing" ? Poco::Net::HTTPResponse::HTTP_NOT_FOUND
                                                          : Poco::Net::HTTPResponse::HTTP_OK);
        response.set("X-Collection-Range", "0-0/1");
        response.setContentType("application/json");
        const std::string answer = R"({"uri":")" + request.getURI() + R"("})";
        response.sendBuffer(answer.data(), answer.size());
    }

  private:
    ServerState& state_;
};

class Factory final : public Poco::Net::HTTPRequestHandlerFactory {
  public:
    explicit Factory(ServerState& state) : state_(state) {}
    Poco::Net::HTTPRequestHandler* createRequestHandler(
        const Poco::Net::HTTPServerRequest&) override {
        return new Handler(state_);
    }

  private:
    ServerState& state_;
};

class LocalServer {
  public:
    explicit LocalServer(bool keep_alive = true,
                         milliseconds keep_alive_timeout = milliseconds{10'000},
                         Poco::Net::ServerSocket socket =
                             Poco::Net::ServerSocket(Poco::Net::SocketAddress("127.0.0.1", 0)))
        : port_(socket.address().port()) {
        auto* params = new Poco::Net::HTTPServerParams;
        params->setKeepAlive(keep_alive);
        params->setKeepAliveTimeout(Poco::Timespan(keep_alive_timeout.count() * 1000));
        server_ = std::make_unique<Poco::Net::HTTPServer>(new Factory(state_), socket, params);
        server_->start();
    }
    ~LocalServer() {
        release_slow_answers();
        server_->stopAll(true);
    }
    void release_slow_answers() {
        {
            std::lock_guard lock(state_.mutex);
            state_.release_slow = true;
        }
        state_.released.notify_all();
    }
    std::uint16_t port() const { return port_; }
    ServerState& state() { return state_; }

  private:
    ServerState state_;
    std::uint16_t port_;
    std::unique_ptr<Poco::Net::HTTPServer> server_;
};

BaseUrl local_url(std::uint16_t port, const std::string& scheme = "http") {
    auto url = BaseUrl::parse(scheme + "://127.0.0.1:" + std::to_string(port));
    EXPECT_TRUE(url.ok());
    return url.value();
}

HttpRequest get(std::string target) {
    return HttpRequest{HttpMethod::get, std::move(target), {{"Authorization", "KISI-LOGIN k"}}, ""};
}

TEST(PocoTransport, KeepsOneConnectionAlive) {
    LocalServer server;
    PocoTransport transport(local_url(server.port()), {});
    for (int i = 0; i < 3; ++i) {
        auto response = transport.send(get("/places?limit=1"));
        ASSERT_TRUE(response.ok()) << response.error().message;
        EXPECT_EQ(response->status, 200);
        EXPECT_EQ(response->header("x-collection-range"), "0-0/1");
        EXPECT_EQ(response->body, R"({"uri":"/places?limit=1"})");
    }
    std::lock_guard lock(server.state().mutex);
    EXPECT_EQ(server.state().client_ports.size(), 1u);
    EXPECT_EQ(server.state().authorizations.back(), "KISI-LOGIN k");
}

TEST(PocoTransport, ConcurrentRequestsDoNotWaitForEachOther) {
    LocalServer server;
    PocoTransport transport(local_url(server.port()), {});
    std::thread slow([&] { EXPECT_TRUE(transport.send(get("/slow")).ok()); });
    // Answered while the slow request still holds its connection.
    auto quick = transport.send(get("/quick"));
    server.release_slow_answers();
    slow.join();
    ASSERT_TRUE(quick.ok()) << quick.error().message;
    std::lock_guard lock(server.state().mutex);
    EXPECT_EQ(server.state().client_ports.size(), 2u);
}

TEST(PocoTransport, ClientsOfOneBaseUrlShareConnections) {
    LocalServer server;
    const auto url = local_url(server.port());
    EXPECT_EQ(PocoTransport::shared_for(url, {}), PocoTransport::shared_for(url, {}));
    EXPECT_NE(PocoTransport::shared_for(url, {}),
              PocoTransport::shared_for(url, {milliseconds{1}, milliseconds{1}}));

    ClientConfig config;
    config.base_url = url.to_string();
    config.rate_limit.requests_per_second = 0;
    for (const char* key : {"admin-key-1234", "parent-login-5678"}) {
        config.api_key = key;
        auto client = KisiClient::connect(config);
        ASSERT_TRUE(client.ok());
        EXPECT_EQ(client->unlock_lock(7).error().kind, ErrorKind::undecodable);
    }
    std::lock_guard lock(server.state().mutex);
    EXPECT_EQ(server.state().client_ports.size(), 1u);
    EXPECT_EQ(server.state().authorizations.back(), "KISI-LOGIN parent-login-5678");
}

TEST(PocoTransport, SendsBodiesAndAnswersErrorStatuses) {
    LocalServer server;
    PocoTransport transport(local_url(server.port()), {});
    auto created = transport.send(
        HttpRequest{HttpMethod::post, "/users", {}, R"({"user":{"email":"a@b.c"}})"});
    ASSERT_TRUE(created.ok());
    auto missing = transport.send(get("/missing"));
    ASSERT_TRUE(missing.ok());
    EXPECT_EQ(missing->status, 404);
    std::lock_guard lock(server.state().mutex);
    EXPECT_EQ(server.state().bodies.front(), R"({"user":{"email":"a@b.c"}})");
}

TEST(PocoTransport, ReconnectsWhenTheServerClosesConnections) {
    LocalServer server(/*keep_alive=*/false);
    PocoTransport transport(local_url(server.port()), {});
    for (int i = 0; i < 3; ++i) ASSERT_TRUE(transport.send(get("/x")).ok());
    std::lock_guard lock(server.state().mutex);
    EXPECT_EQ(server.state().client_ports.size(), 3u);
}

TEST(PocoTransport, RecoversFromAnIdleConnectionTheServerDropped) {
    LocalServer server(/*keep_alive=*/true, milliseconds{50});
    PocoTransport transport(local_url(server.port()), {});
    ASSERT_TRUE(transport.send(get("/first")).ok());
    std::this_thread::sleep_for(milliseconds{300});  // the server closes the idle connection
    auto second = transport.send(get("/second"));
    ASSERT_TRUE(second.ok()) << second.error().message;
    EXPECT_EQ(second->body, R"({"uri":"/second"})");
}

TEST(PocoTransport, ReadTimeoutIsANetworkError) {
    LocalServer server;
    PocoTransport transport(local_url(server.port()), {milliseconds{2000}, milliseconds{200}});
    auto response = transport.send(get("/slow"));
    ASSERT_FALSE(response.ok());
    EXPECT_EQ(response.error().kind, ErrorKind::network);
    EXPECT_NE(response.error().message.find("in time"), std::string::npos);
}

TEST(PocoTransport, RefusesOversizedAnswers) {
    LocalServer server;
    PocoTransport transport(local_url(server.port()), {});
    auto response = transport.send(get("/huge"));
    ASSERT_FALSE(response.ok());
    EXPECT_EQ(response.error().kind, ErrorKind::undecodable);
    EXPECT_TRUE(transport.send(get("/after")).ok());
}

TEST(PocoTransport, ConnectionRefusedIsANetworkError) {
    std::uint16_t port = 0;
    {
        Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0));
        port = socket.address().port();
    }
    PocoTransport transport(local_url(port), {});
    auto response = transport.send(get("/places"));
    ASSERT_FALSE(response.ok());
    EXPECT_EQ(response.error().kind, ErrorKind::network);
}

TEST(PocoTransport, RejectsAnUntrustedCertificate) {
    Poco::Net::initializeSSL();
    Poco::Net::Context::Ptr server_context =
        new Poco::Net::Context(Poco::Net::Context::TLS_SERVER_USE, KISI_TEST_TLS_KEY,
                               KISI_TEST_TLS_CERT, "", Poco::Net::Context::VERIFY_NONE);
    LocalServer server(true, milliseconds{10'000},
                       Poco::Net::SecureServerSocket(Poco::Net::SocketAddress("127.0.0.1", 0), 64,
                                                     server_context));
    PocoTransport transport(local_url(server.port(), "https"),
                            {milliseconds{2000}, milliseconds{2000}});
    auto response = transport.send(get("/places"));
    ASSERT_FALSE(response.ok());
    EXPECT_EQ(response.error().kind, ErrorKind::network);
    EXPECT_NE(response.error().message.find("certificate"), std::string::npos)
        << response.error().message;
    std::lock_guard lock(server.state().mutex);
    EXPECT_TRUE(server.state().bodies.empty());  // the request never went out
}

}  // namespace
}  // namespace kisi::client
