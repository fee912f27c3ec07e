#include "simple_host_services.hpp"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Logger.h>

#include <chrono>
#include <fstream>
#include <sstream>

namespace host::app {
namespace {

Poco::Logger& logger_for(const std::string& plugin_id) {
    return Poco::Logger::get(plugin_id.empty() ? "plugins" : "plugin." + plugin_id);
}

Poco::JSON::Object::Ptr read_secrets(const std::filesystem::path& file) {
    std::ifstream in(file);
    if (!in) return new Poco::JSON::Object();
    std::stringstream text;
    text << in.rdbuf();
    Poco::JSON::Parser parser;
    return parser.parse(text.str()).extract<Poco::JSON::Object::Ptr>();
}

void write_secrets(const std::filesystem::path& file, const Poco::JSON::Object::Ptr& secrets) {
    std::filesystem::create_directories(file.parent_path());
    std::filesystem::path temporary = file;
    temporary += ".tmp";
    {
        std::ofstream out(temporary, std::ios::trunc);
        std::filesystem::permissions(
            temporary, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
        secrets->stringify(out);
        if (!out.flush()) throw std::runtime_error("cannot write " + temporary.string());
    }
    std::filesystem::rename(temporary, file);
}

}  // namespace

SimpleHostServices::SimpleHostServices(std::filesystem::path data_dir)
    : data_dir_(std::move(data_dir)) {}

void SimpleHostServices::log(const std::string& plugin_id, hp_log_level level,
                             const std::string& message) {
    Poco::Logger& logger = logger_for(plugin_id);
    switch (level) {
        case HP_LOG_DEBUG:
            logger.debug(message);
            break;
        case HP_LOG_INFO:
            logger.information(message);
            break;
        case HP_LOG_WARNING:
            logger.warning(message);
            break;
        case HP_LOG_ERROR:
            logger.error(message);
            break;
    }
}

std::filesystem::path SimpleHostServices::data_dir(const std::string& plugin_id) {
    std::filesystem::path dir = std::filesystem::absolute(data_dir_ / "plugins" / plugin_id);
    std::filesystem::create_directories(dir);
    return dir;
}

std::filesystem::path SimpleHostServices::secrets_file(const std::string& plugin_id) const {
    return data_dir_ / "secrets" / (plugin_id + ".json");
}

std::optional<std::string> SimpleHostServices::secret_get(const std::string& plugin_id,
                                                          const std::string& key) {
    std::lock_guard lock(secrets_mutex_);
    auto secrets = read_secrets(secrets_file(plugin_id));
    if (!secrets->has(key)) return std::nullopt;
    return secrets->getValue<std::string>(key);
}

hp_status SimpleHostServices::secret_set(const std::string& plugin_id, const std::string& key,
                                         const std::string& value) {
    std::lock_guard lock(secrets_mutex_);
    auto secrets = read_secrets(secrets_file(plugin_id));
    secrets->set(key, value);
    write_secrets(secrets_file(plugin_id), secrets);
    return HP_OK;
}

hp_status SimpleHostServices::secret_delete(const std::string& plugin_id, const std::string& key) {
    std::lock_guard lock(secrets_mutex_);
    auto secrets = read_secrets(secrets_file(plugin_id));
    if (secrets->has(key)) {
        secrets->remove(key);
        write_secrets(secrets_file(plugin_id), secrets);
    }
    return HP_OK;
}

std::int64_t SimpleHostServices::now_ms() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

loader::ServiceAnswer SimpleHostServices::directory_query(const std::string&, const std::string&) {
    return {HP_E_UNSUPPORTED, R"({"error":"this host has no directory yet"})"};
}

void SimpleHostServices::alert(const std::string& plugin_id, hp_log_level level,
                               const std::string& message) {
    log(plugin_id, level < HP_LOG_WARNING ? HP_LOG_WARNING : level, "ALERT: " + message);
}

std::string SimpleHostServices::stored_settings(const std::string&) {
    // This minimal host has no settings storage yet: plugins run with their manifest defaults.
    return "{}";
}

}  // namespace host::app
