// temp_dir.hpp: a fresh directory under the system's temp folder, removed with its content.
#pragma once

#include <filesystem>
#include <string>

namespace sdk::testing {

class TempDir {
  public:
    explicit TempDir(const std::string& prefix = "plugin-test");
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return path_; }

  private:
    std::filesystem::path path_;
};

}  // namespace sdk::testing
