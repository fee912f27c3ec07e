#include "host_bridge.hpp"

#include <exception>
#include <string_view>

namespace host::loader {
namespace {

std::string to_string(hp_str text) {
    return text.data == nullptr ? std::string() : std::string(text.data, text.size);
}

HostContext& context(hp_host* host) {
    return *reinterpret_cast<HostContext*>(host);
}

hp_status write(hp_sink* sink, std::string_view text) {
    if (sink == nullptr || sink->write == nullptr) return HP_E_INVALID_ARGUMENT;
    return sink->write(sink, hp_str{text.data(), text.size()});
}

hp_log_level to_level(int32_t level) {
    if (level <= HP_LOG_DEBUG) return HP_LOG_DEBUG;
    if (level >= HP_LOG_ERROR) return HP_LOG_ERROR;
    return static_cast<hp_log_level>(level);
}

// Runs a HostServices call; an exception becomes HP_E_INTERNAL and a log line, never reaching
// plugin code.
template <class Body>
hp_status guarded(hp_host* host, const char* service, Body&& body) noexcept {
    try {
        return body();
    } catch (const std::exception& e) {
        try {
            context(host).services->log(
                context(host).plugin_id, HP_LOG_ERROR,
                std::string("host service ") + service + " failed: " + e.what());
        } catch (...) {
        }
        return HP_E_INTERNAL;
    } catch (...) {
        return HP_E_INTERNAL;
    }
}

void log(hp_host* host, int32_t level, hp_str message) {
    guarded(host, "log", [&] {
        context(host).services->log(context(host).plugin_id, to_level(level), to_string(message));
        return HP_OK;
    });
}

hp_status data_dir(hp_host* host, hp_sink* out) {
    return guarded(host, "data_dir", [&] {
        return write(out, context(host).services->data_dir(context(host).plugin_id).string());
    });
}

hp_status secret_get(hp_host* host, hp_str key, hp_sink* out) {
    return guarded(host, "secret_get", [&] {
        auto value = context(host).services->secret_get(context(host).plugin_id, to_string(key));
        return value ? write(out, *value) : HP_E_NOT_FOUND;
    });
}

hp_status secret_set(hp_host* host, hp_str key, hp_str value) {
    return guarded(host, "secret_set", [&] {
        return context(host).services->secret_set(context(host).plugin_id, to_string(key),
                                                  to_string(value));
    });
}

hp_status secret_delete(hp_host* host, hp_str key) {
    return guarded(host, "secret_delete", [&] {
        return context(host).services->secret_delete(context(host).plugin_id, to_string(key));
    });
}

int64_t now_ms(hp_host* host) {
    int64_t now = 0;
    guarded(host, "now_ms", [&] {
        now = context(host).services->now_ms();
        return HP_OK;
    });
    return now;
}

hp_status directory_query(hp_host* host, hp_str query, hp_sink* out) {
    return guarded(host, "directory_query", [&] {
        ServiceAnswer answer =
            context(host).services->directory_query(context(host).plugin_id, to_string(query));
        hp_status written = write(out, answer.json);
        return answer.status != HP_OK ? answer.status : written;
    });
}

void alert(hp_host* host, int32_t level, hp_str message) {
    guarded(host, "alert", [&] {
        context(host).services->alert(context(host).plugin_id, to_level(level), to_string(message));
        return HP_OK;
    });
}

const hp_host_api table = {
    .struct_size = sizeof(hp_host_api),
    .abi_major = HP_ABI_MAJOR,
    .abi_minor = HP_ABI_MINOR,
    .reserved0 = 0,
    .log = &log,
    .data_dir = &data_dir,
    .secret_get = &secret_get,
    .secret_set = &secret_set,
    .secret_delete = &secret_delete,
    .now_ms = &now_ms,
    .directory_query = &directory_query,
    .alert = &alert,
};

}  // namespace

const hp_host_api* host_api_table() {
    return &table;
}

hp_status StringSink::append(hp_sink* self, hp_str bytes) {
    try {
        static_cast<StringSink*>(self->context)->text.append(bytes.data, bytes.size);
        return HP_OK;
    } catch (...) {
        return HP_E_INTERNAL;
    }
}

}  // namespace host::loader
