#pragma once

#include "kisi/store/database.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace kisi::store {

// What the plugin remembers about its verified Kisi connection. The key itself lives in the
// host's secret service; here only what identifies it without revealing it.
struct Connection {
    std::string base_url;
    std::optional<std::int64_t> organization_id;
    std::string organization_name;
    std::string key_last4;
    std::string key_fingerprint;  // hex SHA-256 of the key: tells a changed key apart
    std::int64_t verified_at = 0;
};

class ConnectionRepo {
  public:
    explicit ConnectionRepo(Database& db) : db_(db) {}

    std::optional<Connection> get();
    void save(const Connection& connection);
    void clear();

  private:
    Database& db_;
};

}  // namespace kisi::store
