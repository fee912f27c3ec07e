#include "kisi/sync/access_window.hpp"

#include <date/date.h>
#include <date/tz.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <limits>

namespace kisi::sync {

namespace {

date::year_month_day parse_day(std::string_view text) {
    int y = 0;
    unsigned m = 0, d = 0;
    auto read = [&](std::size_t pos, std::size_t len, auto& out) {
        auto [ptr, ec] = std::from_chars(text.data() + pos, text.data() + pos + len, out);
        return ec == std::errc{} && ptr == text.data() + pos + len;
    };
    if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !read(0, 4, y) || !read(5, 2, m) ||
        !read(8, 2, d))
        throw WindowError("'" + std::string(text) + "' is not a date (YYYY-MM-DD)");
    date::year_month_day day{date::year{y}, date::month{m}, date::day{d}};
    if (!day.ok()) throw WindowError("'" + std::string(text) + "' is not a calendar date");
    return day;
}

const date::time_zone* zone(std::string_view name) {
    try {
        return date::locate_zone(name);
    } catch (const std::exception&) {
        throw WindowError("the time zone '" + std::string(name) + "' is unknown");
    }
}

// Local midnight of `day` in UTC; where a DST change skips midnight, the first instant after.
std::int64_t local_midnight_ms(date::sys_days day_as_local, const date::time_zone* tz) {
    const date::local_days local{day_as_local.time_since_epoch()};
    const auto utc = tz->to_sys(local, date::choose::earliest);
    return std::chrono::duration_cast<std::chrono::milliseconds>(utc.time_since_epoch()).count();
}

}  // namespace

Window contract_window(const LocalDays& days, std::string_view time_zone, int lead_days,
                       int grace_days) {
    const auto* tz = zone(time_zone);
    Window window;
    window.from =
        local_midnight_ms(date::sys_days{parse_day(days.start_date)} - date::days{lead_days}, tz);
    if (days.end_date)
        window.until = local_midnight_ms(
            date::sys_days{parse_day(*days.end_date)} + date::days{1 + grace_days}, tz);
    return window;
}

std::vector<Window> merge_windows(std::vector<Window> windows) {
    static constexpr auto earliest = std::numeric_limits<std::int64_t>::min();
    std::sort(windows.begin(), windows.end(), [](const Window& a, const Window& b) {
        return a.from.value_or(earliest) < b.from.value_or(earliest);
    });
    std::vector<Window> merged;
    for (const Window& w : windows) {
        if (w.from && w.until && *w.until <= *w.from) continue;  // empty
        if (!merged.empty()) {
            Window& last = merged.back();
            const bool touches = !last.until || !w.from || *w.from <= *last.until;
            if (touches) {
                if (last.until && (!w.until || *w.until > *last.until)) last.until = w.until;
                continue;
            }
        }
        merged.push_back(w);
    }
    return merged;
}

std::optional<Window> current_or_next(const std::vector<Window>& segments, std::int64_t now_ms) {
    for (const Window& w : segments)
        if (!w.ended_by(now_ms)) return w;
    return std::nullopt;
}

std::string describe_bound(std::optional<std::int64_t> ms) {
    if (!ms) return "open";
    const date::sys_time<std::chrono::milliseconds> t{std::chrono::milliseconds{*ms}};
    return date::format("%FT%TZ", std::chrono::floor<std::chrono::seconds>(t));
}

}  // namespace kisi::sync
