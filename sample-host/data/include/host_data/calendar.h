// Dates, instants and time zones: the only place the host touches date/tz.
//  - Local dates are "YYYY-MM-DD" strings, meaningful in a center's IANA time zone.
//  - Instants are milliseconds since the Unix epoch, written as ISO-8601 UTC
//    ("2025-09-01T13:00:00.000Z").
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace host::data {

// A local date in days since 1970-01-01 (the proleptic Gregorian calendar).
using LocalDay = std::int64_t;

// Parses exactly "YYYY-MM-DD" naming a real calendar date.
std::optional<LocalDay> parse_local_date(std::string_view text);
std::string format_local_date(LocalDay day);

// Parses an ISO-8601 instant with "Z" or a numeric offset, optional fractional seconds.
std::optional<std::int64_t> parse_instant(std::string_view text);
std::string format_instant(std::int64_t epoch_ms);

bool is_known_time_zone(const std::string& time_zone);

// The instant at which local day `day` begins in `time_zone` (the first existing local time
// when a DST jump skips midnight). The time zone must be known.
std::int64_t start_of_local_day(const std::string& time_zone, LocalDay day);

// The local day in `time_zone` at `epoch_ms`.
LocalDay local_day_at(const std::string& time_zone, std::int64_t epoch_ms);

}  // namespace host::data
