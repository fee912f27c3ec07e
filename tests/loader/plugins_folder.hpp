// plugins_folder.hpp: a temporary plugins folder filled with copies of packaged fixture
// plugins, which a test may then break.
#pragma once

#include <sdk/testing/temp_dir.hpp>

#include <Poco/JSON/Object.h>

#include <filesystem>
#include <functional>
#include <string>

namespace loader_test {

class PluginsFolder {
  public:
    PluginsFolder();

    const std::filesystem::path& path() const { return plugins_; }
    const std::filesystem::path& state_dir() const { return state_; }
    const std::filesystem::path& data_dir() const { return data_; }

    // Copies the packaged plugin `package` (a folder) in as <path>/<name>.
    std::filesystem::path add(const std::filesystem::path& package, const std::string& name);
    // Copies the fixture `id` (tests/loader/fixtures) in under its id.
    std::filesystem::path add_fixture(const std::string& id);

    // Rewrites <name>/manifest.json after `edit` changed its parsed content.
    void edit_manifest(const std::string& name,
                       const std::function<void(Poco::JSON::Object::Ptr&)>& edit);
    void write_manifest(const std::string& name, const std::string& text);

  private:
    sdk::testing::TempDir temp_;
    std::filesystem::path plugins_;
    std::filesystem::path state_;
    std::filesystem::path data_;
};

}  // namespace loader_test
