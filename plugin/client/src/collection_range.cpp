#include "kisi/client/collection_range.h"

#include <charconv>

namespace kisi::client {
namespace {

std::optional<std::int64_t> parse_count(std::string_view text) {
    if (text.empty() || text.size() > 18) return std::nullopt;
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size() || value < 0) return std::nullopt;
    return value;
}

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    return text;
}

}  // namespace

std::optional<CollectionRange> parse_collection_range(std::string_view header) {
    header = trim(header);
    const auto slash = header.find('/');
    if (slash == std::string_view::npos) return std::nullopt;
    const auto total = parse_count(header.substr(slash + 1));
    if (!total) return std::nullopt;

    CollectionRange range;
    range.total = *total;
    const std::string_view span = header.substr(0, slash);
    if (span == "*") return range;

    const auto dash = span.find('-');
    if (dash == std::string_view::npos) return std::nullopt;
    range.start = parse_count(span.substr(0, dash));
    range.end = parse_count(span.substr(dash + 1));
    if (!range.start || !range.end || *range.end < *range.start) return std::nullopt;
    return range;
}

}  // namespace kisi::client
