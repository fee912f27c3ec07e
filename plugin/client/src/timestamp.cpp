#include "kisi/client/timestamp.h"

#include <Poco/DateTimeFormatter.h>
#include <Poco/Timestamp.h>

#include <charconv>

namespace kisi::client {
namespace {

// Reads exactly `digits` decimal digits at `pos`.
bool read_number(std::string_view text, std::size_t& pos, std::size_t digits, int& out) {
    if (pos + digits > text.size()) return false;
    for (std::size_t i = pos; i < pos + digits; ++i) {
        if (text[i] < '0' || text[i] > '9') return false;
    }
    std::from_chars(text.data() + pos, text.data() + pos + digits, out);
    pos += digits;
    return true;
}

bool expect(std::string_view text, std::size_t& pos, std::string_view choices) {
    if (pos >= text.size() || choices.find(text[pos]) == std::string_view::npos) return false;
    ++pos;
    return true;
}

}  // namespace

// Hand-written because Poco's DateTimeParser accepts arbitrary text (e.g. "garbage" as year 0),
// and a validity bound read wrongly would open or close doors at the wrong time.
std::optional<Timestamp> parse_timestamp(std::string_view text) {
    using namespace std::chrono;
    std::size_t pos = 0;
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    if (!read_number(text, pos, 4, y) || !expect(text, pos, "-") ||
        !read_number(text, pos, 2, mo) || !expect(text, pos, "-") ||
        !read_number(text, pos, 2, d) || !expect(text, pos, "Tt") ||
        !read_number(text, pos, 2, h) || !expect(text, pos, ":") ||
        !read_number(text, pos, 2, mi) || !expect(text, pos, ":") ||
        !read_number(text, pos, 2, s)) {
        return std::nullopt;
    }
    if (pos < text.size() && text[pos] == '.') {
        const std::size_t fraction_start = ++pos;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') ++pos;
        if (pos == fraction_start) return std::nullopt;
    }
    int offset_minutes = 0;
    if (expect(text, pos, "Zz")) {
        offset_minutes = 0;
    } else if (pos < text.size() && (text[pos] == '+' || text[pos] == '-')) {
        const int sign = text[pos++] == '-' ? -1 : 1;
        int oh = 0, om = 0;
        if (!read_number(text, pos, 2, oh) || !expect(text, pos, ":") ||
            !read_number(text, pos, 2, om) || oh > 23 || om > 59) {
            return std::nullopt;
        }
        offset_minutes = sign * (oh * 60 + om);
    } else {
        return std::nullopt;
    }
    if (pos != text.size()) return std::nullopt;

    const year_month_day date{year{y}, month{static_cast<unsigned>(mo)},
                              day{static_cast<unsigned>(d)}};
    if (!date.ok() || h > 23 || mi > 59 || s > 60) return std::nullopt;  // 60: leap second
    return sys_days{date} + hours{h} + minutes{mi} + seconds{s} - minutes{offset_minutes};
}

std::string format_timestamp(Timestamp t) {
    const auto micros = std::chrono::duration_cast<std::chrono::microseconds>(t.time_since_epoch());
    return Poco::DateTimeFormatter::format(Poco::Timestamp(micros.count()), "%Y-%m-%dT%H:%M:%SZ");
}

}  // namespace kisi::client
