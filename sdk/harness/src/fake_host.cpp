#include <sdk/testing/fake_host.hpp>

#include <algorithm>
#include <iostream>

namespace sdk::testing {

FakeHost::FakeHost(std::filesystem::path data_root)
    : data_root_(std::move(data_root)), now_ms_(1'767'225'600'000) {}  // 2026-01-01T00:00:00Z

void FakeHost::set_now_ms(std::int64_t now_ms) {
    std::lock_guard lock(mutex_);
    now_ms_ = now_ms;
}

void FakeHost::advance_ms(std::int64_t delta_ms) {
    std::lock_guard lock(mutex_);
    now_ms_ += delta_ms;
}

void FakeHost::on_directory_query(DirectoryHandler handler) {
    std::lock_guard lock(mutex_);
    directory_ = std::move(handler);
}

void FakeHost::set_stored_settings(const std::string& plugin_id, const std::string& settings_json) {
    std::lock_guard lock(mutex_);
    settings_[plugin_id] = settings_json;
}

void FakeHost::set_secret(const std::string& plugin_id, const std::string& key,
                          const std::string& value) {
    std::lock_guard lock(mutex_);
    secrets_[plugin_id][key] = value;
}

std::map<std::string, std::string> FakeHost::secrets(const std::string& plugin_id) const {
    std::lock_guard lock(mutex_);
    auto it = secrets_.find(plugin_id);
    return it == secrets_.end() ? std::map<std::string, std::string>{} : it->second;
}

std::vector<LogLine> FakeHost::logs() const {
    std::lock_guard lock(mutex_);
    return logs_;
}

std::vector<LogLine> FakeHost::alerts() const {
    std::lock_guard lock(mutex_);
    return alerts_;
}

std::vector<std::string> FakeHost::directory_queries() const {
    std::lock_guard lock(mutex_);
    return directory_queries_;
}

bool FakeHost::logged(const std::string& text) const {
    std::lock_guard lock(mutex_);
    return std::any_of(logs_.begin(), logs_.end(), [&](const LogLine& line) {
        return line.message.find(text) != std::string::npos;
    });
}

void FakeHost::log(const std::string& plugin_id, hp_log_level level, const std::string& message) {
    std::lock_guard lock(mutex_);
    logs_.push_back({plugin_id, level, message});
    if (std::getenv("PLUGIN_HARNESS_VERBOSE") != nullptr) {
        std::cerr << "[" << plugin_id << "] " << message << "\n";
    }
}

std::filesystem::path FakeHost::data_dir(const std::string& plugin_id) {
    std::filesystem::path dir = data_root_ / plugin_id;
    std::filesystem::create_directories(dir);
    return dir;
}

std::optional<std::string> FakeHost::secret_get(const std::string& plugin_id,
                                                const std::string& key) {
    std::lock_guard lock(mutex_);
    auto plugin = secrets_.find(plugin_id);
    if (plugin == secrets_.end()) return std::nullopt;
    auto secret = plugin->second.find(key);
    if (secret == plugin->second.end()) return std::nullopt;
    return secret->second;
}

hp_status FakeHost::secret_set(const std::string& plugin_id, const std::string& key,
                               const std::string& value) {
    set_secret(plugin_id, key, value);
    return HP_OK;
}

hp_status FakeHost::secret_delete(const std::string& plugin_id, const std::string& key) {
    std::lock_guard lock(mutex_);
    secrets_[plugin_id].erase(key);
    return HP_OK;
}

std::int64_t FakeHost::now_ms() {
    std::lock_guard lock(mutex_);
    return now_ms_;
}

host::loader::ServiceAnswer FakeHost::directory_query(const std::string& plugin_id,
                                                      const std::string& query_json) {
    DirectoryHandler handler;
    {
        std::lock_guard lock(mutex_);
        directory_queries_.push_back(query_json);
        handler = directory_;
    }
    if (!handler) return {HP_E_UNSUPPORTED, {}};
    return handler(plugin_id, query_json);
}

void FakeHost::alert(const std::string& plugin_id, hp_log_level level, const std::string& message) {
    std::lock_guard lock(mutex_);
    alerts_.push_back({plugin_id, level, message});
}

std::string FakeHost::stored_settings(const std::string& plugin_id) {
    std::lock_guard lock(mutex_);
    auto it = settings_.find(plugin_id);
    return it == settings_.end() ? "{}" : it->second;
}

}  // namespace sdk::testing
