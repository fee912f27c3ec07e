// sample-host: loads the plugins folder, reports each plugin's state, runs until SIGINT or
// SIGTERM, then shuts the plugins down cleanly.
#include "options.hpp"
#include "simple_host_services.hpp"

#include <host/loader/plugin_manager.hpp>

#include <Poco/AutoPtr.h>
#include <Poco/ConsoleChannel.h>
#include <Poco/FormattingChannel.h>
#include <Poco/Logger.h>
#include <Poco/PatternFormatter.h>

#include <csignal>
#include <iostream>

namespace {

void configure_logging() {
    Poco::AutoPtr<Poco::PatternFormatter> formatter(
        new Poco::PatternFormatter("%Y-%m-%d %H:%M:%S.%i %p %s: %t"));
    Poco::AutoPtr<Poco::FormattingChannel> channel(
        new Poco::FormattingChannel(formatter, new Poco::ConsoleChannel(std::cerr)));
    Poco::Logger::root().setChannel(channel);
    Poco::Logger::root().setLevel(Poco::Message::PRIO_INFORMATION);
}

// Blocks SIGINT and SIGTERM in this thread and every thread started after it, so that
// wait_for_termination() receives them synchronously.
sigset_t block_termination_signals() {
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    return signals;
}

int wait_for_termination(const sigset_t& signals) {
    int signal = 0;
    sigwait(&signals, &signal);
    return signal;
}

}  // namespace

int main(int argc, char** argv) {
    auto parsed = host::app::parse_options(argc, argv, SAMPLE_HOST_DEFAULT_PLUGINS_DIR);
    if (!parsed.options) {
        std::cerr << parsed.error << "\n" << host::app::usage(argv[0]);
        return 2;
    }
    const host::app::Options& options = *parsed.options;
    if (options.help) {
        std::cout << host::app::usage(argv[0]);
        return 0;
    }
    configure_logging();
    sigset_t signals = block_termination_signals();
    Poco::Logger& log = Poco::Logger::get("sample-host");

    std::filesystem::create_directories(options.data_dir);
    host::app::SimpleHostServices services(options.data_dir);
    host::loader::ManagerOptions manager_options;
    manager_options.host_version = SAMPLE_HOST_VERSION;
    manager_options.state_dir = options.data_dir / "plugin-state";
    host::loader::PluginManager plugins(services, manager_options);

    log.information("sample-host %s loading plugins from %s", std::string(SAMPLE_HOST_VERSION),
                    options.plugins_dir.string());
    plugins.load_all(options.plugins_dir);
    for (const auto& plugin : plugins.plugins()) {
        std::string line = plugin.id + " " + plugin.version + ": " +
                           std::string(host::loader::to_string(plugin.state));
        if (!plugin.reason.empty()) line += " (" + plugin.reason + ")";
        if (host::loader::is_serving(plugin.state)) {
            log.information(line);
        } else {
            log.warning(line);
        }
    }
    log.information("sample-host running (listen %s:%d); press Ctrl+C to stop", options.listen_host,
                    options.listen_port);

    int signal = wait_for_termination(signals);
    log.information("received %s; shutting down",
                    std::string(signal == SIGINT ? "SIGINT" : "SIGTERM"));
    plugins.shutdown();
    log.information("stopped");
    return 0;
}
