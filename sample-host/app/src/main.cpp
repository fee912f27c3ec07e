// sample-host: runs the sample host (data, events, plugins, HTTP APIs) until SIGINT or
// SIGTERM, then shuts everything down cleanly.
#include <host_app/options.hpp>
#include <host_app/sample_host.hpp>

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

    log.information("sample-host %s starting (data in %s, plugins from %s)",
                    std::string(SAMPLE_HOST_VERSION), options.data_dir.string(),
                    options.plugins_dir.string());
    host::app::HostConfig config;
    config.options = options;
    config.host_version = SAMPLE_HOST_VERSION;
    std::unique_ptr<host::app::SampleHost> sample_host;
    try {
        sample_host = std::make_unique<host::app::SampleHost>(config);
    } catch (const std::exception& e) {
        log.fatal(std::string("cannot start: ") + e.what());
        return 1;
    }
    std::cout << "sample-host listening on " << sample_host->base_url() << std::endl;
    std::cout << "Admin UI: " << sample_host->base_url() << "/admin" << std::endl;
    if (const auto& password = sample_host->generated_admin_password()) {
        std::cout << "Admin password: " << *password << std::endl;
    } else {
        std::cout << "Admin password: "
                  << (options.admin_password ? "as given with --admin-password"
                                             : "as set on the first start (--admin-password "
                                               "sets a new one)")
                  << std::endl;
    }
    std::cout << "Parent and staff app: " << sample_host->base_url() << "/app" << std::endl;
    if (const auto sandbox = sample_host->demo_sandbox()) {
        // The sandbox's key is a throwaway demo credential: printed for the admin to paste into
        // the Kisi settings page, never logged.
        std::cout << "Kisi sandbox (demo data) at " << sandbox->base_url << "\n"
                  << "Kisi sandbox API key: " << sandbox->api_key << "\n"
                  << "Open " << sample_host->base_url() << "/admin/settings/integrations"
                  << " and connect the Kisi plugin with that base URL and key." << std::endl;
    }
    if (!options.qa_token.empty())
        std::cout << "QA API enabled (bearer token from --qa-token)" << std::endl;
    log.information("running; press Ctrl+C to stop");

    int signal = wait_for_termination(signals);
    log.information("received %s; shutting down",
                    std::string(signal == SIGINT ? "SIGINT" : "SIGTERM"));
    sample_host->stop();
    log.information("stopped");
    return 0;
}
