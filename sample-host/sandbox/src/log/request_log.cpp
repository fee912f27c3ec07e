#include "log/request_log.h"

#include "json/json_util.h"

namespace kisi::sandbox {
namespace {

Poco::Dynamic::Var text_or_null(const std::string& text) {
    return text.empty() ? json::null() : Poco::Dynamic::Var(text);
}

}  // namespace

RequestLog::RequestLog(std::size_t capacity) : capacity_(capacity) {}

void RequestLog::add(LoggedRequest entry) {
    std::lock_guard lock(mutex_);
    entry.sequence = next_sequence_++;
    entries_.push_back(std::move(entry));
    while (entries_.size() > capacity_) entries_.pop_front();
}

void RequestLog::clear() {
    std::lock_guard lock(mutex_);
    entries_.clear();
}

Poco::JSON::Array::Ptr RequestLog::to_json() const {
    std::lock_guard lock(mutex_);
    Poco::JSON::Array::Ptr out = new Poco::JSON::Array;
    for (const LoggedRequest& entry : entries_) {
        auto item = json::object();
        item->set("sequence", entry.sequence);
        item->set("timestamp", json::timestamp(entry.at));
        item->set("method", entry.method);
        item->set("path", entry.path);
        item->set("query", entry.query);
        item->set("status", entry.status);
        item->set("auth", entry.auth);
        item->set("user_id", json::nullable_id(entry.user_id));
        item->set("login_id", json::nullable_id(entry.login_id));
        item->set("fault", text_or_null(entry.fault));
        item->set("integration_identifier", text_or_null(entry.integration_identifier));
        item->set("integration_contact", text_or_null(entry.integration_contact));
        item->set("duration_ms", entry.duration_ms);
        out->add(item);
    }
    return out;
}

}  // namespace kisi::sandbox
