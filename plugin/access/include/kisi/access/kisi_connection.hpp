#pragma once

#include "kisi/store/store.hpp"

#include <kisi/client/client_config.h>
#include <kisi/client/kisi_client.h>
#include <kisi/client/models.h>
#include <sdk/host.hpp>
#include <sdk/result.hpp>

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

namespace kisi::access {

// How a caller wants Kisi's transient failures (429, 5xx, network) handled.
enum class CallStyle {
    interactive,  // someone waits for the answer: a short retry budget
    background,   // the sync worker: the client's full retry budget
    once,         // never repeated: a retried unlock could open a door twice
};

// How clients are built; tests and the host's settings replace parts of it.
struct ClientSettings {
    client::RateLimit rate_limit;  // Kisi's published 5 requests/s per user by default
    client::ClientDependencies dependencies;
};

// What a key that Kisi accepted reaches.
struct VerifiedKey {
    client::CurrentUser user;
    std::optional<std::int64_t> organization_id;
    std::string organization_name;
};

// The outcome of checking a candidate key: a verified key, or the refusal with the form field
// it concerns ("api_key", "base_url" or none).
struct KeyCheck {
    std::optional<VerifiedKey> verified;
    sdk::Status refusal;
    std::string field;
};

// The plugin's connection to Kisi: checks and stores the administrator's API key (in the
// host's secret service; the store keeps only its last 4 characters and fingerprint) and hands
// out clients. Thread-safe: the sync worker and the strand share it.
class KisiConnection {
  public:
    KisiConnection(sdk::Host host, store::Store& store, ClientSettings settings);

    // Checks that `key` reaches a Kisi organization at `base_url` with the administrator
    // rights the plugin needs (reading and managing users).
    KeyCheck verify(const std::string& base_url, const std::string& key) const;
    // Stores a verified key and what it reaches; all or nothing.
    sdk::Status save(const std::string& base_url, const std::string& key,
                     const VerifiedKey& verified);

    // New client settings (the host's settings changed); clients made from now on use them.
    void update(ClientSettings settings);

    std::optional<store::Connection> current() const;
    // The stored base URL, or Kisi's production URL when none is stored.
    std::string base_url() const;

    // A client acting with the stored administrator key.
    sdk::Result<std::shared_ptr<client::KisiClient>> admin(CallStyle style);
    // A client acting with some other secret (a person's login) against the stored base URL.
    sdk::Result<std::shared_ptr<client::KisiClient>> client_for_secret(const std::string& secret,
                                                                       CallStyle style) const;

  private:
    client::Result<std::shared_ptr<client::KisiClient>> make_client(
        const std::string& base_url, const std::string& secret, CallStyle style,
        const ClientSettings& settings) const;
    ClientSettings settings() const;

    sdk::Host host_;
    store::Store& store_;
    ClientSettings settings_;
    mutable std::mutex mutex_;
    std::map<CallStyle, std::shared_ptr<client::KisiClient>> admin_clients_;
};

// Hex SHA-256 of a key: tells keys apart without keeping them.
std::string key_fingerprint(const std::string& key);

}  // namespace kisi::access
