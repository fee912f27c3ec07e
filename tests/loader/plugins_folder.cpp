#include "plugins_folder.hpp"

#include <Poco/JSON/Parser.h>

#include <fstream>
#include <sstream>

namespace loader_test {

PluginsFolder::PluginsFolder()
    : temp_("loader-test"),
      plugins_(temp_.path() / "plugins"),
      state_(temp_.path() / "state"),
      data_(temp_.path() / "data") {
    std::filesystem::create_directories(plugins_);
}

std::filesystem::path PluginsFolder::add(const std::filesystem::path& package,
                                         const std::string& name) {
    std::filesystem::path target = plugins_ / name;
    std::filesystem::copy(package, target, std::filesystem::copy_options::recursive);
    return target;
}

std::filesystem::path PluginsFolder::add_fixture(const std::string& id) {
    return add(std::filesystem::path(LOADER_FIXTURES_DIR) / id, id);
}

void PluginsFolder::edit_manifest(const std::string& name,
                                  const std::function<void(Poco::JSON::Object::Ptr&)>& edit) {
    std::ifstream in(plugins_ / name / "manifest.json");
    std::stringstream text;
    text << in.rdbuf();
    Poco::JSON::Parser parser;
    auto manifest = parser.parse(text.str()).extract<Poco::JSON::Object::Ptr>();
    edit(manifest);
    std::ostringstream out;
    manifest->stringify(out, 2);
    write_manifest(name, out.str());
}

void PluginsFolder::write_manifest(const std::string& name, const std::string& text) {
    std::ofstream out(plugins_ / name / "manifest.json", std::ios::trunc);
    out << text;
}

}  // namespace loader_test
