#include "test_host.hpp"

#include <date/date.h>

#include <sstream>
#include <stdexcept>

namespace sync_test {

void TestClock::set(std::int64_t now_ms) {
    std::lock_guard lock(mutex_);
    set_ms_ = now_ms;
    set_at_ = std::chrono::steady_clock::now();
}

void TestClock::freeze() {
    const auto now = now_ms();
    std::lock_guard lock(mutex_);
    set_ms_ = now;
    frozen_ = true;
}

std::int64_t TestClock::now_ms() const {
    std::lock_guard lock(mutex_);
    if (frozen_) return set_ms_;
    return set_ms_ + std::chrono::duration_cast<std::chrono::milliseconds>(
                         std::chrono::steady_clock::now() - set_at_)
                         .count();
}

std::int64_t iso_ms(const std::string& iso) {
    std::istringstream in(iso);
    date::sys_seconds t;
    in >> date::parse("%FT%TZ", t);
    if (in.fail()) throw std::invalid_argument("not an instant: " + iso);
    return std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count();
}

hp_status TestHost::write(hp_sink* sink, const std::string& text) {
    return sink->write(sink, hp_str{text.data(), text.size()});
}

DirectoryFn directory_of(const HostModel& model) {
    return [&model](const std::string& request) {
        try {
            auto [found, answer] = model.query(request);
            return DirectoryAnswer{found ? HP_OK : HP_E_NOT_FOUND, answer};
        } catch (const std::exception& e) {
            return DirectoryAnswer{HP_E_INVALID_ARGUMENT, e.what()};
        }
    };
}

TestHost::TestHost(DirectoryFn d, TestClock& c, std::filesystem::path dir)
    : directory(std::move(d)), clock(c), data_dir(std::move(dir)) {
    std::filesystem::create_directories(data_dir);
    api_.struct_size = sizeof(hp_host_api);
    api_.abi_major = HP_ABI_MAJOR;
    api_.abi_minor = HP_ABI_MINOR;
    api_.log = [](hp_host* h, int32_t, hp_str message) {
        std::lock_guard lock(self(h).mutex_);
        self(h).logs_.emplace_back(message.data, message.size);
    };
    api_.data_dir = [](hp_host* h, hp_sink* out) { return write(out, self(h).data_dir.string()); };
    api_.secret_get = [](hp_host* h, hp_str key, hp_sink* out) -> hp_status {
        std::lock_guard lock(self(h).mutex_);
        auto it = self(h).secrets_.find(std::string(key.data, key.size));
        if (it == self(h).secrets_.end()) return HP_E_NOT_FOUND;
        return write(out, it->second);
    };
    api_.secret_set = [](hp_host* h, hp_str key, hp_str value) -> hp_status {
        std::lock_guard lock(self(h).mutex_);
        self(h).secrets_[std::string(key.data, key.size)] = std::string(value.data, value.size);
        return HP_OK;
    };
    api_.secret_delete = [](hp_host* h, hp_str key) -> hp_status {
        std::lock_guard lock(self(h).mutex_);
        self(h).secrets_.erase(std::string(key.data, key.size));
        return HP_OK;
    };
    api_.now_ms = [](hp_host* h) -> std::int64_t { return self(h).clock.now_ms(); };
    api_.directory_query = [](hp_host* h, hp_str query, hp_sink* out) -> hp_status {
        auto answer = self(h).directory(std::string(query.data, query.size));
        write(out, answer.body);
        return answer.status;
    };
    api_.alert = [](hp_host* h, int32_t, hp_str message) {
        std::lock_guard lock(self(h).mutex_);
        self(h).alerts_.emplace_back(message.data, message.size);
    };
}

sdk::Host TestHost::host() {
    return sdk::Host(&api_, reinterpret_cast<hp_host*>(this));
}

std::vector<std::string> TestHost::alerts() const {
    std::lock_guard lock(mutex_);
    return alerts_;
}

std::vector<std::string> TestHost::logs() const {
    std::lock_guard lock(mutex_);
    return logs_;
}

}  // namespace sync_test
