#include <sdk/host.hpp>

#include <string>

namespace sdk {
namespace {

// A sink that collects what the host writes into a std::string.
struct StringSink {
    hp_sink sink{this, &StringSink::append};
    std::string text;

    static hp_status append(hp_sink* self, hp_str bytes) {
        try {
            static_cast<StringSink*>(self->context)->text.append(bytes.data, bytes.size);
            return HP_OK;
        } catch (...) {
            return HP_E_INTERNAL;
        }
    }
};

hp_str to_hp_str(std::string_view text) {
    return hp_str{text.data(), text.size()};
}

Status missing(const char* service) {
    return Status(HP_E_UNSUPPORTED, std::string("the host does not offer ") + service);
}

}  // namespace

#define SDK_HOST_HAS(fn) HP_HAS_FN(hp_host_api, api_, fn)

void Host::log(hp_log_level level, std::string_view message) const noexcept {
    if (SDK_HOST_HAS(log)) api_->log(host_, level, to_hp_str(message));
}

Result<std::filesystem::path> Host::data_dir() const {
    if (!SDK_HOST_HAS(data_dir)) return missing("a data directory");
    StringSink out;
    hp_status status = api_->data_dir(host_, &out.sink);
    if (status != HP_OK) return Status(status, "the host could not provide a data directory");
    return std::filesystem::path(out.text);
}

Result<std::string> Host::secret_get(std::string_view key) const {
    if (!SDK_HOST_HAS(secret_get)) return missing("secret storage");
    StringSink out;
    hp_status status = api_->secret_get(host_, to_hp_str(key), &out.sink);
    if (status == HP_E_NOT_FOUND)
        return Status(status, "secret '" + std::string(key) + "' is not set");
    if (status != HP_OK)
        return Status(status, "the host could not read secret '" + std::string(key) + "'");
    return std::move(out.text);
}

Status Host::secret_set(std::string_view key, std::string_view value) const {
    if (!SDK_HOST_HAS(secret_set)) return missing("secret storage");
    hp_status status = api_->secret_set(host_, to_hp_str(key), to_hp_str(value));
    if (status != HP_OK)
        return Status(status, "the host could not store secret '" + std::string(key) + "'");
    return {};
}

Status Host::secret_delete(std::string_view key) const {
    if (!SDK_HOST_HAS(secret_delete)) return missing("secret storage");
    hp_status status = api_->secret_delete(host_, to_hp_str(key));
    if (status != HP_OK)
        return Status(status, "the host could not delete secret '" + std::string(key) + "'");
    return {};
}

std::int64_t Host::now_ms() const noexcept {
    if (SDK_HOST_HAS(now_ms)) return api_->now_ms(host_);
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::chrono::system_clock::time_point Host::now() const noexcept {
    return std::chrono::system_clock::time_point(std::chrono::milliseconds(now_ms()));
}

Result<std::string> Host::directory_query(std::string_view query_json) const {
    if (!SDK_HOST_HAS(directory_query)) return missing("directory queries");
    StringSink out;
    hp_status status = api_->directory_query(host_, to_hp_str(query_json), &out.sink);
    if (status != HP_OK) {
        return Status(status,
                      out.text.empty() ? "the host's directory refused the query" : out.text);
    }
    return std::move(out.text);
}

void Host::alert(hp_log_level level, std::string_view message) const noexcept {
    if (SDK_HOST_HAS(alert)) api_->alert(host_, level, to_hp_str(message));
}

#undef SDK_HOST_HAS

}  // namespace sdk
