#include "library.hpp"

#include "crash_marker.hpp"

#include <boost/dll/library_info.hpp>
#include <boost/dll/shared_library.hpp>

#include <Poco/Crypto/DigestEngine.h>
#include <Poco/DigestEngine.h>
#include <Poco/Exception.h>
#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <mutex>
#include <set>
#include <sstream>
#include <vector>

namespace host::loader {
namespace {

constexpr const char* entry_prefix = "hp_plugin_entry_v";

// Loaded libraries stay mapped until the process exits: plugin threads, callbacks or static
// objects may still point into them (OBS, Qt and SQLite do the same). The registry is never
// destroyed, so no static destructor unloads them either.
void keep_loaded(boost::dll::shared_library library) {
    static auto* mutex = new std::mutex;
    static auto* registry = new std::vector<boost::dll::shared_library>;
    std::lock_guard lock(*mutex);
    registry->push_back(std::move(library));
}

std::string short_hash(const std::string& hash) {
    return hash.substr(0, 12) + "…";
}

// Top-level manifest fields whose values differ between two JSON objects.
std::string differing_fields(const std::string& a, const std::string& b) {
    try {
        Poco::JSON::Parser parser_a, parser_b;
        auto object_a = parser_a.parse(a).extract<Poco::JSON::Object::Ptr>();
        auto object_b = parser_b.parse(b).extract<Poco::JSON::Object::Ptr>();
        std::set<std::string> keys;
        for (const auto& [key, value] : *object_a) keys.insert(key);
        for (const auto& [key, value] : *object_b) keys.insert(key);
        std::string fields;
        for (const auto& key : keys) {
            auto text = [&](const Poco::JSON::Object::Ptr& object) {
                if (!object->has(key)) return std::string("(absent)");
                std::ostringstream out;
                Poco::JSON::Stringifier::condense(object->get(key), out);
                return out.str();
            };
            if (text(object_a) != text(object_b)) fields += (fields.empty() ? "" : ", ") + key;
        }
        return fields;
    } catch (const std::exception&) {
        return "the whole document";
    }
}

std::string view(hp_str text) {
    return text.data == nullptr ? std::string() : std::string(text.data, text.size);
}

// Names of the functions the manifest's declarations need.
std::vector<std::pair<const char*, bool>> required_functions(const Manifest& manifest,
                                                             const hp_plugin_vtbl& vtbl) {
    std::vector<std::pair<const char*, bool>> needed = {
        {"create", vtbl.create != nullptr},
        {"destroy", vtbl.destroy != nullptr},
    };
    if (!manifest.settings_pages.empty()) {
        needed.push_back({"render_page", vtbl.render_page != nullptr});
        needed.push_back({"run_action", vtbl.run_action != nullptr});
    }
    if (!manifest.profile_tabs.empty()) {
        needed.push_back({"render_tab", vtbl.render_tab != nullptr});
        needed.push_back({"save_tab", vtbl.save_tab != nullptr});
    }
    if (!manifest.events.empty()) needed.push_back({"handle_event", vtbl.handle_event != nullptr});
    if (std::count(manifest.capabilities.begin(), manifest.capabilities.end(), "door_access")) {
        needed.push_back({"list_doors", vtbl.list_doors != nullptr});
        needed.push_back({"unlock_door", vtbl.unlock_door != nullptr});
    }
    return needed;
}

}  // namespace

std::string sha256_of_file(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + file.string());
    Poco::Crypto::DigestEngine engine("SHA256");  // OpenSSL's: several times faster than Poco's own
    char buffer[64 * 1024];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        engine.update(buffer, static_cast<unsigned>(in.gcount()));
    }
    if (in.bad()) throw std::runtime_error("cannot read " + file.string());
    return Poco::DigestEngine::digestToHex(engine.digest());
}

std::optional<Refusal> check_integrity(const Manifest& manifest,
                                       const std::filesystem::path& library) {
    const std::string file = library.filename().string();
    if (!std::filesystem::is_regular_file(library)) {
        return Refusal{PluginState::integrity_failed,
                       "the library " + file + " named in manifest.json is missing from " +
                           library.parent_path().string() + "; reinstall the plugin folder"};
    }
    if (manifest.library_sha256.empty()) {
        return Refusal{PluginState::integrity_failed,
                       "manifest.json has no library.sha256; install the packaged plugin folder "
                       "that the build writes (plugins/" +
                           manifest.id + "/)"};
    }
    std::string actual;
    try {
        actual = sha256_of_file(library);
    } catch (const std::exception& e) {
        return Refusal{PluginState::integrity_failed, e.what()};
    }
    if (actual != manifest.library_sha256) {
        return Refusal{PluginState::integrity_failed,
                       file + " has SHA-256 " + short_hash(actual) + " but manifest.json expects " +
                           short_hash(manifest.library_sha256) +
                           ": the library was modified or replaced; reinstall the plugin"};
    }
    return std::nullopt;
}

std::optional<Refusal> check_entry_symbol(const std::filesystem::path& library) {
    const std::string file = library.filename().string();
    std::vector<std::string> symbols;
    try {
        boost::dll::library_info info(library);
        symbols = info.symbols(HP_ENTRY_SECTION);
        auto sections = info.sections();
        bool has_section =
            std::find(sections.begin(), sections.end(), HP_ENTRY_SECTION) != sections.end();
        // A stripped library keeps the section but not the symbol table that names its
        // content; then only loading it can tell (the entry lookup reports a missing entry).
        if (symbols.empty() && has_section) return std::nullopt;
    } catch (const std::exception& e) {
        return Refusal{PluginState::failed_to_load,
                       file + " is not a readable shared library (" + e.what() + ")"};
    }
    if (std::find(symbols.begin(), symbols.end(), HP_ENTRY_SYMBOL) != symbols.end()) {
        return std::nullopt;
    }
    for (const auto& symbol : symbols) {
        if (symbol.rfind(entry_prefix, 0) == 0) {
            return Refusal{PluginState::incompatible,
                           "plugin exports " + symbol + ", host needs " + HP_ENTRY_SYMBOL +
                               ": it was built for another major version of the host API; "
                               "install a version of the plugin built for host API " +
                               std::to_string(HP_ABI_MAJOR)};
        }
    }
    return Refusal{PluginState::failed_to_load,
                   file + " does not export " + HP_ENTRY_SYMBOL + " in section \"" +
                       HP_ENTRY_SECTION +
                       "\"; it is not a plugin for this host (build it with add_host_plugin and "
                       "HOST_PLUGIN_EXPORT)"};
}

LoadOutcome load_and_handshake(const Manifest& manifest, const std::filesystem::path& library,
                               CrashMarker& marker) {
    const std::string file = library.filename().string();
    auto refuse = [](PluginState state, std::string reason) {
        return LoadOutcome{std::nullopt, Refusal{state, std::move(reason)}};
    };

    boost::dll::shared_library loaded;
    try {
        MarkedCall call(marker, "load");
        loaded.load(library, boost::dll::load_mode::rtld_now | boost::dll::load_mode::rtld_local);
    } catch (const std::exception& e) {
        return refuse(PluginState::failed_to_load, "loading " + file + " failed: " + e.what());
    }
    hp_entry_fn* entry = nullptr;
    std::string lookup_error;
    try {
        entry = &loaded.get_alias<hp_entry_fn>(HP_ENTRY_SYMBOL);
    } catch (const std::exception& e) {
        lookup_error = e.what();
    }
    keep_loaded(std::move(loaded));  // its static initialisers have run: never unload it
    if (entry == nullptr) {
        return refuse(PluginState::failed_to_load,
                      file + " has no usable " + HP_ENTRY_SYMBOL + ": " + lookup_error);
    }

    const hp_plugin_descriptor* descriptor = nullptr;
    {
        MarkedCall call(marker, "entry");
        descriptor = entry(HP_ABI_MAJOR, HP_ABI_MINOR);
    }
    if (descriptor == nullptr) {
        return refuse(PluginState::incompatible,
                      "the plugin declined host API " + std::to_string(HP_ABI_MAJOR) + "." +
                          std::to_string(HP_ABI_MINOR) + "; install a matching plugin version");
    }
    if (descriptor->struct_size < offsetof(hp_plugin_descriptor, vtbl) + sizeof(descriptor->vtbl)) {
        return refuse(PluginState::failed_to_load,
                      "the plugin's descriptor is too small to be a host API 1.0 descriptor");
    }
    if (descriptor->abi_major != HP_ABI_MAJOR || descriptor->abi_minor > HP_ABI_MINOR) {
        return refuse(PluginState::incompatible,
                      "the plugin was built for host API " + std::to_string(descriptor->abi_major) +
                          "." + std::to_string(descriptor->abi_minor) + "; this host provides " +
                          std::to_string(HP_ABI_MAJOR) + "." + std::to_string(HP_ABI_MINOR) +
                          ": update the host or install a plugin built for this API");
    }
    if (view(descriptor->id) != manifest.id || view(descriptor->version) != manifest.version) {
        return refuse(PluginState::integrity_failed,
                      file + " is plugin \"" + view(descriptor->id) + "\" " +
                          view(descriptor->version) + " but manifest.json describes \"" +
                          manifest.id + "\" " + manifest.version +
                          ": the folder mixes files of different plugins; reinstall it");
    }
    std::string embedded;
    try {
        embedded = canonical_json(view(descriptor->manifest_json));
    } catch (const Poco::Exception& e) {
        return refuse(PluginState::failed_to_load,
                      "the manifest built into " + file + " is not JSON: " + e.message());
    }
    if (embedded != manifest.core_json) {
        return refuse(PluginState::integrity_failed,
                      "manifest.json differs from the manifest built into " + file + " (" +
                          differing_fields(embedded, manifest.core_json) +
                          "): it was edited after the build; reinstall the packaged plugin");
    }
    if (descriptor->vtbl == nullptr) {
        return refuse(PluginState::failed_to_load, "the plugin's descriptor has no function table");
    }

    Handshake handshake;
    handshake.descriptor = descriptor;
    // Copy what both sides know; slots the plugin's older table lacks stay null.
    std::memcpy(&handshake.vtbl, descriptor->vtbl,
                std::min<std::size_t>(descriptor->vtbl->struct_size, sizeof(hp_plugin_vtbl)));
    handshake.vtbl.struct_size = sizeof(hp_plugin_vtbl);

    std::string missing;
    for (const auto& [function, present] : required_functions(manifest, handshake.vtbl)) {
        if (!present) missing += (missing.empty() ? "" : ", ") + std::string(function);
    }
    if (!missing.empty()) {
        return refuse(PluginState::failed_to_load,
                      "the manifest declares features the library does not implement (missing: " +
                          missing + "); the plugin needs fixing");
    }
    return LoadOutcome{handshake, std::nullopt};
}

}  // namespace host::loader
