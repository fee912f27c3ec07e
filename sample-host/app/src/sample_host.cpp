#include <host_app/sample_host.hpp>

#include <stdexcept>

#include <Poco/Logger.h>

#include "data_host_services.hpp"
#include "demo_sandbox.hpp"
#include "host_data/alert_log.h"
#include "host_data/app_tokens.h"
#include "host_data/contract_scheduler.h"
#include "host_data/database.h"
#include "host_data/demo_seed.h"
#include "host_data/directory.h"
#include "host_data/host_clock.h"
#include "host_data/outbox.h"
#include "host_data/secret_store.h"
#include "host_data/settings_store.h"
#include "host_ui/web_ui.h"
#include "host_web/app_doors_handler.h"
#include "host_web/authenticator.h"
#include "host_web/guards.h"
#include "host_web/plugin_ui_handler.h"
#include "host_web/qa_clock_handler.h"
#include "host_web/qa_entities_handler.h"
#include "host_web/qa_plugins_handler.h"
#include "host_web/qa_tokens_handler.h"
#include "host_web/router.h"
#include "host_web/web_server.h"
#include "plugin_event_target.hpp"

namespace host::app {
namespace {

template <class T>
T opened(data::Result<T> result) {
    if (!result) throw std::runtime_error(result.error().message);
    return std::move(result).value();
}

}  // namespace

// Declared in the order they start; destroyed in reverse after stop().
struct SampleHost::Parts {
    explicit Parts(HostConfig config);

    HostConfig config;
    std::shared_ptr<data::Database> database;
    std::shared_ptr<data::SettingsStore> settings;
    std::shared_ptr<data::HostClock> clock;
    std::shared_ptr<data::Outbox> outbox;
    std::shared_ptr<data::Store> store;
    std::shared_ptr<data::Directory> directory;
    std::shared_ptr<data::SecretStore> secrets;
    std::shared_ptr<data::AppTokens> app_tokens;
    std::shared_ptr<data::AlertLog> alerts;
    std::unique_ptr<DataHostServices> services;
    std::unique_ptr<loader::PluginManager> plugins;
    std::shared_ptr<data::EventDispatcher> dispatcher;
    std::shared_ptr<data::ContractScheduler> scheduler;
    std::shared_ptr<web::Authenticator> authenticator;
    std::shared_ptr<web::Router> router;
    std::unique_ptr<web::QaEntitiesHandler> qa_entities;
    std::unique_ptr<web::QaClockHandler> qa_clock;
    std::unique_ptr<web::QaPluginsHandler> qa_plugins;
    std::unique_ptr<web::QaTokensHandler> qa_tokens;
    std::unique_ptr<web::PluginUiHandler> plugin_ui;
    std::unique_ptr<web::AppDoorsHandler> app_doors;
    std::unique_ptr<ui::WebUi> web_ui;
    std::unique_ptr<web::WebServer> server;
    std::unique_ptr<kisi::sandbox::Sandbox> sandbox;  // --demo only
    bool stopped = false;
};

SampleHost::Parts::Parts(HostConfig host_config) : config(std::move(host_config)) {
    const Options& options = config.options;
    auto& log = Poco::Logger::get("sample-host");
    std::filesystem::create_directories(options.data_dir);

    database = opened(data::Database::open(options.data_dir / "host.db"));
    settings = std::make_shared<data::SettingsStore>(database);
    clock = opened(data::HostClock::open(settings));
    outbox = std::make_shared<data::Outbox>(database);
    store = std::make_shared<data::Store>(database, outbox, clock);
    directory = std::make_shared<data::Directory>(database);
    secrets = opened(data::SecretStore::open(database, options.data_dir / "secrets.key"));
    app_tokens = std::make_shared<data::AppTokens>(database, clock);
    alerts = std::make_shared<data::AlertLog>(database, clock);
    if (options.demo && opened(data::seed_demo_data(*store, clock->now_ms()))) {
        log.information("seeded demo data");
    }

    services = std::make_unique<DataHostServices>(
        DataServices{options.data_dir / "plugins", secrets, clock, directory, alerts, settings});
    loader::ManagerOptions manager_options;
    manager_options.host_version = config.host_version;
    manager_options.state_dir = options.data_dir / "plugin-state";
    manager_options.install_crash_handler = config.install_crash_handler;
    plugins = std::make_unique<loader::PluginManager>(*services, manager_options);
    plugins->load_all(options.plugins_dir);
    for (const auto& plugin : plugins->plugins()) {
        std::string line = "plugin " + plugin.id + " " + plugin.version + ": " +
                           std::string(loader::to_string(plugin.state));
        if (!plugin.reason.empty()) line += " (" + plugin.reason + ")";
        loader::is_serving(plugin.state) ? log.information(line) : log.warning(line);
    }

    dispatcher = std::make_shared<data::EventDispatcher>(
        outbox, std::make_shared<PluginEventTarget>(*plugins), config.delivery);
    outbox->on_announce([d = dispatcher.get()] { d->wake(); });
    dispatcher->start();

    scheduler = std::make_shared<data::ContractScheduler>(database, outbox, clock);
    clock->on_moved([s = scheduler.get(), &log] {
        if (auto scanned = s->scan(); !scanned) {
            log.error("contract boundary scan after a clock move failed: " +
                      scanned.error().message);
        }
    });
    opened(scheduler->scan());
    scheduler->start(config.contract_scan_period);

    authenticator = std::make_shared<web::Authenticator>(
        options.qa_token.empty() ? std::nullopt : std::optional<std::string>(options.qa_token),
        app_tokens);
    const web::Guards guards(authenticator);
    router = std::make_shared<web::Router>();
    qa_entities = std::make_unique<web::QaEntitiesHandler>(store);
    qa_clock = std::make_unique<web::QaClockHandler>(clock);
    qa_plugins = std::make_unique<web::QaPluginsHandler>(*plugins, dispatcher);
    qa_tokens = std::make_unique<web::QaTokensHandler>(app_tokens);
    plugin_ui = std::make_unique<web::PluginUiHandler>(*plugins, store);
    app_doors = std::make_unique<web::AppDoorsHandler>(*plugins);
    qa_entities->add_routes(*router, guards);
    qa_clock->add_routes(*router, guards);
    qa_plugins->add_routes(*router, guards);
    qa_tokens->add_routes(*router, guards);
    plugin_ui->add_routes(*router, guards);
    app_doors->add_routes(*router, guards);
    web_ui = std::make_unique<ui::WebUi>(
        ui::WebUi::Setup{options.data_dir, options.admin_password, options.demo, database, store},
        *plugins);
    web_ui->install(*router, *authenticator);

    web::WebServer::Options server_options;
    server_options.host = options.listen_host;
    server_options.port = static_cast<std::uint16_t>(options.listen_port);
    try {
        server = std::make_unique<web::WebServer>(server_options, router);
    } catch (const Poco::Exception& e) {
        throw std::runtime_error("cannot listen on " + options.listen_host + ":" +
                                 std::to_string(options.listen_port) + ": " + e.displayText());
    }
    server->start();
    if (options.demo) {
        sandbox = start_demo_sandbox(options.listen_host, options.listen_port, *settings, clock);
    }
}

SampleHost::SampleHost(HostConfig config) : parts_(std::make_unique<Parts>(std::move(config))) {}

SampleHost::~SampleHost() {
    stop();
}

void SampleHost::stop() {
    if (parts_->stopped) return;
    parts_->stopped = true;
    if (parts_->sandbox) parts_->sandbox->stop();
    parts_->server->stop();
    parts_->scheduler->stop();
    parts_->dispatcher->stop();
    parts_->plugins->shutdown();
}

std::uint16_t SampleHost::port() const {
    return parts_->server->port();
}
std::string SampleHost::base_url() const {
    return parts_->server->base_url();
}
loader::PluginManager& SampleHost::plugins() {
    return *parts_->plugins;
}
data::Store& SampleHost::store() {
    return *parts_->store;
}
const std::filesystem::path& SampleHost::data_dir() const {
    return parts_->config.options.data_dir;
}
const std::optional<std::string>& SampleHost::generated_admin_password() const {
    return parts_->web_ui->generated_password();
}

std::optional<DemoSandboxInfo> SampleHost::demo_sandbox() const {
    if (!parts_->sandbox) return std::nullopt;
    return DemoSandboxInfo{parts_->sandbox->base_url(), parts_->sandbox->api_key()};
}

}  // namespace host::app
