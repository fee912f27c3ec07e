#include "kisi_sandbox/sandbox.h"

#include "control/control_routes.h"
#include "core/clock.h"
#include "core/secrets.h"
#include "faults/fault_injector.h"
#include "handlers/kisi_routes.h"
#include "http/pipeline.h"
#include "http/poco_adapter.h"
#include "limits/rate_limiter.h"
#include "log/request_log.h"
#include "seed/seeds.h"
#include "store/state.h"

#include <Poco/Exception.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/ThreadPool.h>

#include <mutex>

namespace kisi::sandbox {

struct Sandbox::Impl {
    explicit Impl(Options given)
        : options(std::move(given)),
          api_key(options.api_key.empty() ? random_secret() : options.api_key),
          clock(options.now_ms),
          faults(RateLimiter::steady_now_ms),
          rate_limiter(options.rate_limit),
          services{state, clock, faults, rate_limiter, request_log},
          kisi_routes(make_kisi_routes()),
          control_routes(make_control_routes()),
          pipeline(services, kisi_routes, control_routes) {
        state.write(
            [&](Model& model) { seed_model(model, options.seed, api_key, clock.now_ms()); });
    }

    Options options;
    std::string api_key;
    SandboxClock clock;
    State state;
    FaultInjector faults;
    RateLimiter rate_limiter;
    RequestLog request_log;
    Services services;
    Router kisi_routes;
    Router control_routes;
    Pipeline pipeline;

    mutable std::mutex lifecycle;
    // Its own pool, so that injected latency never starves a host's other Poco servers.
    Poco::ThreadPool threads{2, 32};
    std::unique_ptr<Poco::Net::HTTPServer> server;
    std::uint16_t bound_port = 0;
};

Sandbox::Sandbox(Options options) : impl_(std::make_unique<Impl>(std::move(options))) {}

Sandbox::~Sandbox() {
    stop();
}

StartResult Sandbox::start() {
    std::lock_guard lock(impl_->lifecycle);
    if (impl_->server) return {false, "The Kisi sandbox is already running."};
    const std::string where = impl_->options.host + ":" + std::to_string(impl_->options.port);
    try {
        const Poco::Net::SocketAddress address(impl_->options.host, impl_->options.port);
        Poco::Net::ServerSocket socket;
        // SO_REUSEADDR for quick restarts, but not SO_REUSEPORT: a taken port must fail.
        socket.bind(address, true, false);
        socket.listen(64);
        Poco::Net::HTTPServerParams::Ptr params = new Poco::Net::HTTPServerParams;
        params->setMaxThreads(32);
        params->setMaxQueued(256);
        params->setKeepAlive(true);
        // Poco's idle connection-dispatcher threads notice a stop only when their idle wait
        // (10 s by default) ends, and stop() waits for them.
        params->setThreadIdleTime(Poco::Timespan(0, 200'000));
        impl_->server = std::make_unique<Poco::Net::HTTPServer>(
            new PipelineHandlerFactory(impl_->pipeline), impl_->threads, socket, params);
        impl_->server->start();
        impl_->bound_port = impl_->server->port();
    } catch (const Poco::Exception& error) {
        impl_->server.reset();
        return {false, "The Kisi sandbox cannot listen on " + where + ": " + error.displayText()};
    }
    return {true, ""};
}

void Sandbox::stop() {
    std::lock_guard lock(impl_->lifecycle);
    if (!impl_->server) return;
    impl_->server->stopAll(true);
    // Requests still in a handler (e.g. sleeping on injected latency) finish before the
    // pipeline they use can go away.
    impl_->threads.joinAll();
    impl_->server.reset();
}

bool Sandbox::running() const {
    std::lock_guard lock(impl_->lifecycle);
    return static_cast<bool>(impl_->server);
}

std::uint16_t Sandbox::port() const {
    std::lock_guard lock(impl_->lifecycle);
    return impl_->bound_port;
}

std::string Sandbox::base_url() const {
    std::lock_guard lock(impl_->lifecycle);
    const bool ipv6 = impl_->options.host.find(':') != std::string::npos;
    const std::string host = ipv6 ? "[" + impl_->options.host + "]" : impl_->options.host;
    return "http://" + host + ":" + std::to_string(impl_->bound_port);
}

std::string Sandbox::api_key() const {
    return impl_->api_key;
}

std::string Sandbox::organization_name() const {
    return impl_->state.read([](const Model& model) { return model.organization.name; });
}

}  // namespace kisi::sandbox
