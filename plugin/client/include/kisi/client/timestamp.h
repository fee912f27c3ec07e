#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace kisi::client {

// Kisi's date-times (created_at, valid_from, ...) at the precision the integration needs.
using Timestamp = std::chrono::sys_seconds;

// Parses an ISO-8601 date-time with a zone ("2023-05-24T14:15:22Z", "...22.746Z",
// "...22+02:00"); fractions of a second are dropped. nullopt for anything else.
std::optional<Timestamp> parse_timestamp(std::string_view text);

// "2023-05-24T14:15:22Z", the form the client sends.
std::string format_timestamp(Timestamp t);

}  // namespace kisi::client
