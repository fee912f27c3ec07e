#include "core/time_format.h"

#include <Poco/DateTime.h>
#include <Poco/DateTimeFormat.h>
#include <Poco/DateTimeFormatter.h>
#include <Poco/DateTimeParser.h>
#include <Poco/RegularExpression.h>
#include <Poco/Timestamp.h>


namespace kisi::sandbox {

std::string format_iso8601(std::int64_t unix_ms) {
    const Poco::Timestamp at(static_cast<Poco::Timestamp::TimeVal>(unix_ms) * 1000);
    return Poco::DateTimeFormatter::format(at, "%Y-%m-%dT%H:%M:%S.%iZ");
}

std::optional<std::int64_t> parse_iso8601(const std::string& text) {
    // Poco's parser is lenient (it accepts a bare date); the API takes full date-times only.
    static const Poco::RegularExpression date_time(
        R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$)");
    if (!date_time.match(text)) return std::nullopt;
    Poco::DateTime parsed;
    int zone_seconds = 0;
    if (!Poco::DateTimeParser::tryParse(Poco::DateTimeFormat::ISO8601_FRAC_FORMAT, text, parsed,
                                        zone_seconds)) {
        return std::nullopt;
    }
    parsed.makeUTC(zone_seconds);
    return parsed.timestamp().epochMicroseconds() / 1000;
}

}  // namespace kisi::sandbox
