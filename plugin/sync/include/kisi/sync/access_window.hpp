#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace kisi::sync {

// A validity window in milliseconds since the epoch: from inclusive, until exclusive; an absent
// bound is open. Kisi's role assignments carry exactly this.
struct Window {
    std::optional<std::int64_t> from;
    std::optional<std::int64_t> until;

    bool operator==(const Window&) const = default;
    bool ended_by(std::int64_t now_ms) const { return until && *until <= now_ms; }
    bool contains(std::int64_t at_ms) const {
        return (!from || *from <= at_ms) && (!until || at_ms < *until);
    }
};

// A contract's days in its center's calendar: start_date through end_date inclusive (no end:
// open-ended), widened by lead days before and grace days after.
struct LocalDays {
    std::string start_date;  // YYYY-MM-DD
    std::optional<std::string> end_date;
};

// Thrown for a date that is not YYYY-MM-DD or a time zone the tz database does not know.
class WindowError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// From local midnight of (start - lead) to local midnight after (end + grace), in UTC.
Window contract_window(const LocalDays& days, std::string_view time_zone, int lead_days,
                       int grace_days);

// Merges overlapping or touching windows into disjoint segments, in order.
std::vector<Window> merge_windows(std::vector<Window> windows);

// The segment a role assignment should carry now: the first that has not ended (the current
// one, or the next one when access is between contracts). nullopt when every one has ended.
std::optional<Window> current_or_next(const std::vector<Window>& segments, std::int64_t now_ms);

// "2024-05-01T05:00:00Z", or "open" for an absent bound.
std::string describe_bound(std::optional<std::int64_t> ms);

}  // namespace kisi::sync
