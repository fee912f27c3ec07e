#include "data_host_services.hpp"

#include <stdexcept>

#include <Poco/JSON/Object.h>
#include <Poco/Logger.h>

namespace host::app {
namespace {

Poco::Logger& logger_for(const std::string& plugin_id) {
    return Poco::Logger::get("plugin." + plugin_id);
}

hp_status status_of(data::ErrorKind kind) {
    switch (kind) {
        case data::ErrorKind::invalid_argument:
            return HP_E_INVALID_ARGUMENT;
        case data::ErrorKind::not_found:
            return HP_E_NOT_FOUND;
        case data::ErrorKind::conflict:
            return HP_E_CONFLICT;
        case data::ErrorKind::internal:
            return HP_E_INTERNAL;
    }
    return HP_E_INTERNAL;
}

// Internal failures surface to the plugin as HP_E_INTERNAL (the plugin manager catches this).
template <class T>
T value_or_throw(data::Result<T> result) {
    if (!result) throw std::runtime_error(result.error().message);
    return std::move(result).value();
}

}  // namespace

DataHostServices::DataHostServices(DataServices services) : services_(std::move(services)) {}

void DataHostServices::log(const std::string& plugin_id, hp_log_level level,
                           const std::string& message) {
    Poco::Logger& logger = logger_for(plugin_id);
    switch (level) {
        case HP_LOG_DEBUG:
            return logger.debug(message);
        case HP_LOG_INFO:
            return logger.information(message);
        case HP_LOG_WARNING:
            return logger.warning(message);
        case HP_LOG_ERROR:
            return logger.error(message);
    }
    logger.information(message);
}

std::filesystem::path DataHostServices::data_dir(const std::string& plugin_id) {
    const auto dir = std::filesystem::absolute(services_.plugins_data_dir / plugin_id);
    std::filesystem::create_directories(dir);
    return dir;
}

std::optional<std::string> DataHostServices::secret_get(const std::string& plugin_id,
                                                        const std::string& key) {
    return value_or_throw(services_.secrets->get(plugin_id, key));
}

hp_status DataHostServices::secret_set(const std::string& plugin_id, const std::string& key,
                                       const std::string& value) {
    value_or_throw(services_.secrets->set(plugin_id, key, value));
    return HP_OK;
}

hp_status DataHostServices::secret_delete(const std::string& plugin_id, const std::string& key) {
    value_or_throw(services_.secrets->erase(plugin_id, key));
    return HP_OK;
}

std::int64_t DataHostServices::now_ms() {
    return services_.clock->now_ms();
}

loader::ServiceAnswer DataHostServices::directory_query(const std::string&,
                                                        const std::string& query_json) {
    auto answer = services_.directory->query(query_json);
    if (answer) return {HP_OK, answer.value()};
    Poco::JSON::Object error;
    error.set("error", answer.error().message);
    std::ostringstream out;
    error.stringify(out);
    return {status_of(answer.error().kind), out.str()};
}

void DataHostServices::alert(const std::string& plugin_id, hp_log_level level,
                             const std::string& message) {
    log(plugin_id, level < HP_LOG_WARNING ? HP_LOG_WARNING : level, "alert: " + message);
    value_or_throw(services_.alerts->raise(plugin_id, level, message));
}

std::string DataHostServices::stored_settings(const std::string& plugin_id) {
    return value_or_throw(services_.settings->plugin_settings(plugin_id));
}

}  // namespace host::app
