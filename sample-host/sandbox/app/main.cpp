// kisi-sandbox: the Kisi API emulator as a standalone server (see ../README.md).
#include "kisi_sandbox/sandbox.h"
#include "listen_address.h"

#include <Poco/NumberParser.h>
#include <Poco/Util/HelpFormatter.h>
#include <Poco/Util/Option.h>
#include <Poco/Util/OptionException.h>
#include <Poco/Util/OptionSet.h>
#include <Poco/Util/ServerApplication.h>

#include <iostream>

namespace kisi::sandbox::app {

class SandboxApplication : public Poco::Util::ServerApplication {
  protected:
    void defineOptions(Poco::Util::OptionSet& options) override {
        ServerApplication::defineOptions(options);
        using Poco::Util::Option;
        options.addOption(Option("listen", "", "address to listen on (default 127.0.0.1:8081)")
                              .argument("HOST:PORT")
                              .callback(callback(&SandboxApplication::on_listen)));
        options.addOption(
            Option("api-key", "", "the organization admin's API key (default: a random one)")
                .argument("KEY")
                .callback(callback(&SandboxApplication::on_api_key)));
        options.addOption(Option("seed", "", "initial data: demo (default) or empty")
                              .argument("demo|empty")
                              .callback(callback(&SandboxApplication::on_seed)));
        options.addOption(
            Option("rate-limit", "", "requests per second per Kisi user (default 5, 0 = off)")
                .argument("N")
                .callback(callback(&SandboxApplication::on_rate_limit)));
        options.addOption(
            Option("help", "h", "show this help").callback(callback(&SandboxApplication::on_help)));
    }

    int main(const std::vector<std::string>&) override {
        if (help_requested_) return EXIT_OK;
        Options options;
        options.host = listen_.host;
        options.port = listen_.port;
        options.api_key = api_key_;
        options.seed = seed_;
        options.rate_limit = rate_limit_;
        Sandbox sandbox(options);
        const StartResult started = sandbox.start();
        if (!started) {
            std::cerr << started.message << std::endl;
            return EXIT_UNAVAILABLE;
        }
        std::cout << "Kisi sandbox for \"" << sandbox.organization_name() << "\" listening on "
                  << sandbox.base_url() << "\n"
                  << "Organization admin API key: " << sandbox.api_key() << "\n"
                  << "Rate limit: "
                  << (rate_limit_ > 0 ? std::to_string(rate_limit_) + " requests/s per user"
                                      : std::string("off"))
                  << "\nStop with Ctrl-C." << std::endl;
        waitForTerminationRequest();
        sandbox.stop();
        return EXIT_OK;
    }

  private:
    void on_listen(const std::string&, const std::string& value) {
        const auto parsed = parse_listen_address(value);
        if (!parsed) {
            throw Poco::Util::InvalidArgumentException("--listen expects HOST:PORT, got " + value);
        }
        listen_ = *parsed;
    }

    void on_api_key(const std::string&, const std::string& value) { api_key_ = value; }

    void on_seed(const std::string&, const std::string& value) {
        if (value != "demo" && value != "empty") {
            throw Poco::Util::InvalidArgumentException("--seed expects demo or empty, got " +
                                                       value);
        }
        seed_ = value == "demo" ? Seed::demo : Seed::empty;
    }

    void on_rate_limit(const std::string&, const std::string& value) {
        double rate = 0;
        if (!Poco::NumberParser::tryParseFloat(value, rate) || rate < 0) {
            throw Poco::Util::InvalidArgumentException(
                "--rate-limit expects a number of requests per second (0 = off), got " + value);
        }
        rate_limit_ = rate;
    }

    void on_help(const std::string&, const std::string&) {
        Poco::Util::HelpFormatter help(options());
        help.setCommand(commandName());
        help.setUsage("[--listen HOST:PORT] [--api-key KEY] [--seed demo|empty] [--rate-limit N]");
        help.setHeader("An emulator of the Kisi REST API for tests and demos.");
        help.format(std::cout);
        help_requested_ = true;
        stopOptionsProcessing();
    }

    template <class Method>
    Poco::Util::OptionCallback<SandboxApplication> callback(Method method) {
        return Poco::Util::OptionCallback<SandboxApplication>(this, method);
    }

    ListenAddress listen_{"127.0.0.1", 8081};
    std::string api_key_;
    Seed seed_ = Seed::demo;
    double rate_limit_ = 5;
    bool help_requested_ = false;
};

}  // namespace kisi::sandbox::app

POCO_SERVER_MAIN(kisi::sandbox::app::SandboxApplication)
