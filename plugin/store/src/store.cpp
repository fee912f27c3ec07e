#include "kisi/store/store.hpp"

#include <Poco/Exception.h>

namespace kisi::store {

Store::Store(const std::filesystem::path& file, std::int64_t now_ms)
    : db_(file), migration_(migrate(db_, now_ms)) {}

std::unique_ptr<Store> Store::open(const std::filesystem::path& data_dir, std::int64_t now_ms) {
    const auto file = data_dir / file_name;
    try {
        std::filesystem::create_directories(data_dir);
        return std::unique_ptr<Store>(new Store(file, now_ms));
    } catch (const StoreError&) {
        throw;
    } catch (const Poco::Exception& e) {
        throw StoreError("cannot open the plugin database " + file.string() + ": " +
                         e.displayText());
    } catch (const std::exception& e) {
        throw StoreError("cannot open the plugin database " + file.string() + ": " + e.what());
    }
}

}  // namespace kisi::store
