#include "host_data/calendar.h"

#include <chrono>
#include <regex>

#include <date/date.h>
#include <date/tz.h>

namespace host::data {
namespace {

using Milliseconds = std::chrono::milliseconds;
using SysMs = date::sys_time<Milliseconds>;

std::optional<date::sys_days> to_days(int year, unsigned month, unsigned day) {
    const date::year_month_day ymd{date::year{year}, date::month{month}, date::day{day}};
    if (!ymd.ok()) return std::nullopt;
    return date::sys_days{ymd};
}

}  // namespace

std::optional<LocalDay> parse_local_date(std::string_view text) {
    static const std::regex shape(R"((\d{4})-(\d{2})-(\d{2}))");
    const std::string value(text);
    std::smatch parts;
    if (!std::regex_match(value, parts, shape)) return std::nullopt;
    const auto days = to_days(std::stoi(parts[1]), std::stoul(parts[2]), std::stoul(parts[3]));
    if (!days) return std::nullopt;
    return days->time_since_epoch().count();
}

std::string format_local_date(LocalDay day) {
    return date::format("%F", date::sys_days{date::days{day}});
}

std::optional<std::int64_t> parse_instant(std::string_view text) {
    static const std::regex shape(
        R"((\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|([+-])(\d{2}):(\d{2})))");
    const std::string value(text);
    std::smatch parts;
    if (!std::regex_match(value, parts, shape)) return std::nullopt;
    const auto days = to_days(std::stoi(parts[1]), std::stoul(parts[2]), std::stoul(parts[3]));
    const int hours = std::stoi(parts[4]);
    const int minutes = std::stoi(parts[5]);
    const int seconds = std::stoi(parts[6]);
    if (!days || hours > 23 || minutes > 59 || seconds > 60) return std::nullopt;
    // Milliseconds: the first three fraction digits, right-padded.
    const std::string fraction = (parts[7].str() + "000").substr(0, 3);
    std::chrono::minutes offset{0};
    if (parts[8] != "Z") {
        offset =
            std::chrono::hours{std::stoi(parts[10])} + std::chrono::minutes{std::stoi(parts[11])};
        if (parts[9] == "-") offset = -offset;
    }
    const SysMs local = *days + std::chrono::hours{hours} + std::chrono::minutes{minutes} +
                        std::chrono::seconds{seconds} + Milliseconds{std::stoi(fraction)};
    return (local - offset).time_since_epoch().count();
}

std::string format_instant(std::int64_t epoch_ms) {
    return date::format("%FT%TZ", SysMs{Milliseconds{epoch_ms}});
}

bool is_known_time_zone(const std::string& time_zone) {
    try {
        date::locate_zone(time_zone);
        return true;
    } catch (const std::exception&) {
        return false;
    }
}

std::int64_t start_of_local_day(const std::string& time_zone, LocalDay day) {
    const auto* zone = date::locate_zone(time_zone);
    const date::local_time<Milliseconds> midnight{date::days{day}};
    const auto info = zone->get_info(midnight);
    if (info.result == date::local_info::nonexistent) {
        // Midnight was skipped by a DST change: the day begins at the transition.
        return std::chrono::duration_cast<Milliseconds>(info.first.end.time_since_epoch()).count();
    }
    return zone->to_sys(midnight, date::choose::earliest).time_since_epoch().count();
}

LocalDay local_day_at(const std::string& time_zone, std::int64_t epoch_ms) {
    const auto* zone = date::locate_zone(time_zone);
    const auto local = zone->to_local(SysMs{Milliseconds{epoch_ms}});
    return date::floor<date::days>(local).time_since_epoch().count();
}

}  // namespace host::data
