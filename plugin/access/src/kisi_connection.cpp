#include "kisi/access/kisi_connection.hpp"

#include "kisi/access/kisi_refusal.hpp"
#include "kisi/access/secret_names.hpp"

#include <Poco/DigestEngine.h>
#include <Poco/SHA2Engine.h>

namespace kisi::access {

using client::ErrorKind;
using namespace std::chrono_literals;

namespace {

client::RetryOptions retries_for(CallStyle style) {
    client::RetryOptions retry;
    switch (style) {
        case CallStyle::interactive:
            retry.max_attempts = 2;
            retry.initial_backoff = 250ms;
            retry.max_backoff = 1s;
            retry.max_total_wait = 2s;
            break;
        case CallStyle::once:
            retry.max_attempts = 1;
            break;
        case CallStyle::background:
            break;
    }
    return retry;
}

KeyCheck refused(hp_status status, std::string field, std::string message) {
    return {std::nullopt, sdk::Status(status, std::move(message)), std::move(field)};
}

}  // namespace

std::string key_fingerprint(const std::string& key) {
    Poco::SHA2Engine sha256(Poco::SHA2Engine::SHA_256);
    sha256.update(key);
    return Poco::DigestEngine::digestToHex(sha256.digest());
}

KisiConnection::KisiConnection(sdk::Host host, store::Store& store, ClientSettings settings)
    : host_(host), store_(store), settings_(std::move(settings)) {}

ClientSettings KisiConnection::settings() const {
    std::lock_guard lock(mutex_);
    return settings_;
}

client::Result<std::shared_ptr<client::KisiClient>> KisiConnection::make_client(
    const std::string& base_url, const std::string& secret, CallStyle style,
    const ClientSettings& settings) const {
    client::ClientConfig config;
    config.base_url = base_url;
    config.api_key = secret;
    config.rate_limit = settings.rate_limit;
    config.retry = retries_for(style);
    if (style != CallStyle::background) {
        config.connect_timeout = 5s;
        config.read_timeout = 15s;
    }
    auto made = client::KisiClient::connect(config, settings.dependencies);
    if (!made) return made.error();
    return std::make_shared<client::KisiClient>(std::move(made).value());
}

KeyCheck KisiConnection::verify(const std::string& base_url, const std::string& key) const {
    auto made = make_client(base_url, key, CallStyle::interactive, settings());
    if (!made)
        return refused(HP_E_INVALID_ARGUMENT, "base_url",
                       "This base URL cannot be used: " + kisi_reason(made.error()));
    client::KisiClient& kisi = *made.value();

    auto me = kisi.fetch_current_user();
    if (!me) {
        const client::Error& e = me.error();
        if (e.kind == ErrorKind::authentication)
            return refused(HP_E_INVALID_ARGUMENT, "api_key",
                           "Kisi did not accept this API key (HTTP 401). Copy it again from Kisi "
                           "(My Account > API > Add API key); Kisi shows a key only once.");
        if (e.kind == ErrorKind::forbidden)
            return refused(HP_E_INVALID_ARGUMENT, "api_key",
                           "Kisi refused this API key (HTTP 403): " + kisi_reason(e));
        if (e.kind == ErrorKind::network)
            return refused(HP_E_UNAVAILABLE, "base_url",
                           "Kisi could not be reached at " + base_url + ": " + kisi_reason(e) +
                               ". Check the base URL, or try again when Kisi is reachable.");
        sdk::Status status = kisi_refusal(e, "checking the API key");
        return {std::nullopt, status, ""};
    }
    VerifiedKey verified{me.value(), std::nullopt, ""};
    if (const auto& org = me->organization) {
        verified.organization_id = org->id;
        verified.organization_name = org->name;
    } else if (me->organization_id != 0) {
        verified.organization_id = me->organization_id;
        verified.organization_name = "organization " + std::to_string(me->organization_id);
    }
    if (verified.organization_name.empty())
        return refused(HP_E_INVALID_ARGUMENT, "api_key",
                       "This API key belongs to " + me->email +
                           ", who is not a member of any Kisi organization.");

    // The plugin creates users and grants access: only an organization administrator may.
    auto probe = kisi.find_user_by_email(me->email);
    if (!probe) {
        const client::Error& e = probe.error();
        if (e.kind == ErrorKind::forbidden || e.kind == ErrorKind::authentication)
            return refused(HP_E_INVALID_ARGUMENT, "api_key",
                           "This API key belongs to " + me->email +
                               ", who is not an administrator of the Kisi organization “" +
                               verified.organization_name +
                               "”. Create the key while signed in to Kisi as an organization "
                               "administrator or owner.");
        return {std::nullopt, kisi_refusal(e, "checking the API key's rights"), ""};
    }
    return {verified, {}, ""};
}

sdk::Status KisiConnection::save(const std::string& base_url, const std::string& key,
                                 const VerifiedKey& verified) {
    std::lock_guard lock(mutex_);
    auto previous = host_.secret_get(api_key_secret);
    if (auto stored = host_.secret_set(api_key_secret, key); !stored)
        return sdk::Status(HP_E_INTERNAL,
                           "The host could not store the API key: " + stored.message());
    try {
        store_.connection.save({base_url, verified.organization_id, verified.organization_name,
                                key.size() >= 4 ? key.substr(key.size() - 4) : key,
                                key_fingerprint(key), host_.now_ms()});
    } catch (...) {
        // Put the previous key back so that secret and database still agree.
        if (previous)
            (void)host_.secret_set(api_key_secret, previous.value());
        else
            (void)host_.secret_delete(api_key_secret);
        throw;
    }
    admin_clients_.clear();
    return {};
}

void KisiConnection::update(ClientSettings settings) {
    std::lock_guard lock(mutex_);
    settings_ = std::move(settings);
    admin_clients_.clear();
}

std::optional<store::Connection> KisiConnection::current() const {
    return store_.connection.get();
}

std::string KisiConnection::base_url() const {
    auto connection = current();
    return connection ? connection->base_url : std::string(client::kDefaultBaseUrl);
}

sdk::Result<std::shared_ptr<client::KisiClient>> KisiConnection::admin(CallStyle style) {
    std::lock_guard lock(mutex_);
    if (auto cached = admin_clients_.find(style); cached != admin_clients_.end())
        return cached->second;
    auto connection = current();
    if (!connection)
        return sdk::Status(HP_E_UNAVAILABLE,
                           "Kisi is not connected yet: save an API key under Connection.");
    auto key = host_.secret_get(api_key_secret);
    if (!key)
        return sdk::Status(HP_E_UNAVAILABLE,
                           "The Kisi API key is missing from the host's secret storage: save it "
                           "again under Connection.");
    auto made = make_client(connection->base_url, key.value(), style, settings_);
    if (!made) return kisi_refusal(made.error(), "connecting with the stored API key");
    admin_clients_[style] = made.value();
    return made.value();
}

sdk::Result<std::shared_ptr<client::KisiClient>> KisiConnection::client_for_secret(
    const std::string& secret, CallStyle style) const {
    auto made = make_client(base_url(), secret, style, settings());
    if (!made) return kisi_refusal(made.error(), "connecting");
    return made.value();
}

}  // namespace kisi::access
