#include "sync_world.hpp"

#include <kisi/client/timestamp.h>

#include <random>
#include <stdexcept>
#include <thread>

namespace sync_test {

namespace {

std::filesystem::path fresh_dir() {
    std::random_device random;
    auto dir = std::filesystem::temp_directory_path() /
               ("kisi-sync-test-" + std::to_string(random()) + std::to_string(random()));
    std::filesystem::create_directories(dir);
    return dir;
}

kisi::sandbox::Options sandbox_options(const WorldOptions& options, TestClock& clock) {
    kisi::sandbox::Options o;
    o.seed = kisi::sandbox::Seed::demo;
    o.rate_limit = options.sandbox_rate_limit;
    o.now_ms = [&clock] { return clock.now_ms(); };
    return o;
}

template <class T>
T must(kisi::client::Result<T> result, const std::string& what) {
    if (!result.ok()) throw std::runtime_error(what + ": " + result.error().message);
    return std::move(result).value();
}

std::string bound(const std::optional<kisi::client::Timestamp>& t) {
    return t ? kisi::client::format_timestamp(*t) : "open";
}

}  // namespace

SyncWorld::SyncWorld(WorldOptions options)
    : clock(iso_ms(options.start)),
      options_(options),
      dir_(fresh_dir()),
      sandbox_(sandbox_options(options, clock)) {
    auto started = sandbox_.start();
    if (!started) throw std::runtime_error("sandbox: " + started.message);
    api_key_ = sandbox_.api_key();
    control = SandboxControl(sandbox_.port());
    host_ = std::make_unique<TestHost>(options.directory ? options.directory : directory_of(model),
                                       clock, dir_ / "host");
    admin_ = connect(api_key_);

    auto places = must(admin_->list_places(), "list places");
    std::int64_t center_id = 0;
    for (const auto& place : places) {
        LinkedCenter c{++center_id, place.id, 0, 0};
        for (const auto& g : must(admin_->list_groups(place.id), "list groups")) {
            if (g.name == place.name + " Parents") c.parent_group = g.id;
            if (g.name == place.name + " Staff") c.staff_group = g.id;
        }
        model.put(Center{c.center_id, place.name, place.time_zone.value_or("America/Chicago")});
        centers.push_back(c);
    }
    store_ = kisi::store::Store::open(dir_ / "plugin", clock.now_ms());
    for (const auto& c : centers)
        store_->place_links.save({c.place_id, c.center_id, c.parent_group, c.staff_group, 0});
    restart();
}

SyncWorld::~SyncWorld() {
    stop();
    engine_.reset();
    store_.reset();
    sandbox_.stop();
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
}

std::shared_ptr<kisi::client::KisiClient> SyncWorld::connect(const std::string& api_key) const {
    kisi::client::ClientConfig config;
    config.base_url = sandbox_.base_url();
    config.api_key = api_key;
    config.rate_limit.requests_per_second = options_.client_rate_limit;
    config.retry.max_attempts = 3;
    config.retry.initial_backoff = std::chrono::milliseconds(20);
    config.retry.max_backoff = std::chrono::milliseconds(100);
    config.retry.max_total_wait = std::chrono::milliseconds(300);
    config.retry.min_rate_limited_wait = std::chrono::milliseconds(50);
    config.read_timeout = std::chrono::milliseconds(5'000);
    return std::make_shared<kisi::client::KisiClient>(
        must(kisi::client::KisiClient::connect(config), "connect"));
}

void SyncWorld::stop() {
    if (engine_) engine_->stop();
}

void SyncWorld::restart() {
    stop();
    engine_.reset();
    kisi::sync::EngineOptions options;
    options.worker = options_.worker;
    set_engine_client(connect(api_key_));
    engine_ = std::make_unique<kisi::sync::Engine>(
        *store_, host_->host(),
        [this] {
            std::lock_guard lock(engine_client_mutex_);
            return engine_client_;
        },
        options);
    engine_->start();
}

void SyncWorld::set_engine_client(std::shared_ptr<kisi::client::KisiClient> kisi) {
    std::lock_guard lock(engine_client_mutex_);
    engine_client_ = std::move(kisi);
}

bool SyncWorld::deliver(const std::string& event_json) {
    return engine_->accept_event(event_json) == kisi::sync::EventIntake::Accepted::queued;
}

bool SyncWorld::settle(std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
        auto health = engine_->health();
        if (health->getValue<std::int64_t>("pending_work") == 0) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return false;
}

std::set<std::string> SyncWorld::kisi_state() {
    std::set<std::string> state;
    std::map<std::int64_t, std::string> emails;
    for (const auto& u : must(admin_->list_users(), "list users")) emails[u.id] = u.email;
    for (const auto& c : centers)
        for (auto group : {c.parent_group, c.staff_group})
            for (const auto& a :
                 must(admin_->list_group_role_assignments(group), "list assignments"))
                state.insert(grant(emails[a.assignee_id], group, bound(a.validity.from),
                                   bound(a.validity.until)));
    return state;
}

std::string SyncWorld::grant(const std::string& email, std::int64_t group, const std::string& from,
                             const std::string& until) {
    return email + "|" + std::to_string(group) + "|" + from + "|" + until;
}

std::size_t SyncWorld::kisi_user_count() {
    return must(admin_->list_users(), "list users").size();
}

}  // namespace sync_test
