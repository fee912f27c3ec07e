// disabled_store.hpp: plugins that stay disabled across restarts until an admin re-enables
// them, kept as a small JSON file: {"<plugin id>": {"reason": "..."}}.
#pragma once

#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace host::loader {

class DisabledStore {
  public:
    // Reads `file` if it exists; an unreadable file is treated as empty (and reported by
    // load_error()).
    explicit DisabledStore(std::filesystem::path file);

    std::optional<std::string> reason(const std::string& plugin_id) const;
    void disable(const std::string& plugin_id, const std::string& reason);
    void enable(const std::string& plugin_id);

    const std::string& load_error() const { return load_error_; }

  private:
    void save() const;  // replaces the file atomically (write + rename)

    std::filesystem::path file_;
    mutable std::mutex mutex_;
    std::map<std::string, std::string> reasons_;
    std::string load_error_;
};

}  // namespace host::loader
