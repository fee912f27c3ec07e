#include "kisi/ui/display.hpp"

#include <Poco/DateTimeFormatter.h>
#include <Poco/Timestamp.h>

namespace kisi::ui {

std::string format_time(std::int64_t ms) {
    return Poco::DateTimeFormatter::format(Poco::Timestamp(ms * 1000), "%Y-%m-%d %H:%M UTC");
}

std::string group_label(std::int64_t group_id, store::KisiCacheRepo& cache) {
    if (auto group = cache.group(group_id))
        return group->item.name + " (" + std::to_string(group_id) + ")";
    return "group " + std::to_string(group_id) + " (not in the cached list)";
}

std::string key_hint(const std::string& last4) {
    return "set, ends in …" + last4;
}

}  // namespace kisi::ui
