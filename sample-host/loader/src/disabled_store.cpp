#include "disabled_store.hpp"

#include <Poco/Exception.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>

#include <fstream>
#include <sstream>

namespace host::loader {

DisabledStore::DisabledStore(std::filesystem::path file) : file_(std::move(file)) {
    std::ifstream in(file_);
    if (!in) return;
    std::stringstream text;
    text << in.rdbuf();
    try {
        Poco::JSON::Parser parser;
        auto root = parser.parse(text.str()).extract<Poco::JSON::Object::Ptr>();
        for (const auto& [id, entry] : *root) {
            auto object = entry.extract<Poco::JSON::Object::Ptr>();
            reasons_[id] = object->getValue<std::string>("reason");
        }
    } catch (const Poco::Exception& e) {
        load_error_ = file_.string() + " is unreadable (" + e.displayText() + ")";
    } catch (const std::exception& e) {
        load_error_ = file_.string() + " is unreadable (" + e.what() + ")";
    }
}

std::optional<std::string> DisabledStore::reason(const std::string& plugin_id) const {
    std::lock_guard lock(mutex_);
    auto it = reasons_.find(plugin_id);
    if (it == reasons_.end()) return std::nullopt;
    return it->second;
}

void DisabledStore::disable(const std::string& plugin_id, const std::string& reason) {
    std::lock_guard lock(mutex_);
    reasons_[plugin_id] = reason;
    save();
}

void DisabledStore::enable(const std::string& plugin_id) {
    std::lock_guard lock(mutex_);
    if (reasons_.erase(plugin_id) > 0) save();
}

void DisabledStore::save() const {
    Poco::JSON::Object root;
    for (const auto& [id, reason] : reasons_) {
        Poco::JSON::Object::Ptr entry = new Poco::JSON::Object();
        entry->set("reason", reason);
        root.set(id, entry);
    }
    std::filesystem::create_directories(file_.parent_path());
    std::filesystem::path temporary = file_;
    temporary += ".tmp";
    {
        std::ofstream out(temporary, std::ios::trunc);
        root.stringify(out, 2);
        out << '\n';
        if (!out.flush()) throw std::runtime_error("cannot write " + temporary.string());
    }
    std::filesystem::rename(temporary, file_);
}

}  // namespace host::loader
