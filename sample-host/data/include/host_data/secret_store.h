// Plugins' secrets, encrypted at rest with AES-256-GCM (a random 96-bit nonce per value; the
// plugin id and key are sealed with the value, so a value cannot be moved to another slot).
// The 256-bit key lives in a file of mode 0600 in the data directory. Values are never logged
// and never appear in error messages.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "host_data/database.h"
#include "host_data/result.h"

namespace host::data {

class SecretStore {
  public:
    // Reads the key file, creating it (0600) on first use; refuses a key file that others can
    // read or that has the wrong size.
    static Result<std::shared_ptr<SecretStore>> open(std::shared_ptr<Database> database,
                                                     const std::filesystem::path& key_file);

    SecretStore(std::shared_ptr<Database> database, std::string key);

    // Nothing when the secret is not set.
    Result<std::optional<std::string>> get(const std::string& plugin_id, const std::string& key);
    Status set(const std::string& plugin_id, const std::string& key, const std::string& value);
    Status erase(const std::string& plugin_id, const std::string& key);

  private:
    std::shared_ptr<Database> database_;
    std::string key_;  // raw 32 bytes
};

}  // namespace host::data
