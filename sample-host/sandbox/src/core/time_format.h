// ISO-8601 date-times as Kisi writes them ("2026-05-24T14:15:22.000Z"), in UTC milliseconds.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace kisi::sandbox {

std::string format_iso8601(std::int64_t unix_ms);

// Accepts RFC 3339 date-times with or without fractional seconds and with "Z" or an offset.
std::optional<std::int64_t> parse_iso8601(const std::string& text);

}  // namespace kisi::sandbox
