#include "demo_sandbox.hpp"

#include <stdexcept>

#include <Poco/DigestEngine.h>
#include <Poco/RandomStream.h>

namespace host::app {
namespace {

constexpr const char* api_key_setting = "demo.sandbox_api_key";

std::string new_api_key() {
    Poco::RandomInputStream random;
    std::string bytes(20, '\0');
    random.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return Poco::DigestEngine::digestToHex({bytes.begin(), bytes.end()});
}

std::string stable_api_key(data::SettingsStore& settings) {
    auto stored = settings.host_setting(api_key_setting);
    if (!stored) throw std::runtime_error(stored.error().message);
    if (stored.value()) return *stored.value();
    const std::string key = new_api_key();
    if (auto saved = settings.set_host_setting(api_key_setting, key); !saved) {
        throw std::runtime_error(saved.error().message);
    }
    return key;
}

}  // namespace

std::unique_ptr<kisi::sandbox::Sandbox> start_demo_sandbox(
    const std::string& listen_host, int host_port, data::SettingsStore& settings,
    std::shared_ptr<const data::HostClock> clock) {
    kisi::sandbox::Options options;
    options.host = listen_host;
    options.port = host_port == 0 ? 0 : static_cast<std::uint16_t>(host_port + 1);
    options.api_key = stable_api_key(settings);
    options.seed = kisi::sandbox::Seed::demo;
    options.now_ms = [clock] { return clock->now_ms(); };
    auto sandbox = std::make_unique<kisi::sandbox::Sandbox>(options);
    if (auto started = sandbox->start(); !started) {
        throw std::runtime_error("cannot start the embedded Kisi sandbox: " + started.message);
    }
    return sandbox;
}

}  // namespace host::app
