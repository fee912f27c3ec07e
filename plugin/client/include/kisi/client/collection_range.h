#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace kisi::client {

// Kisi's X-Collection-Range header: "start-end/total", or "*/total" when the requested
// range is empty ("*/0" for an empty list).
struct CollectionRange {
    std::optional<std::int64_t> start;
    std::optional<std::int64_t> end;
    std::int64_t total = 0;
};

// nullopt when the header is malformed.
std::optional<CollectionRange> parse_collection_range(std::string_view header);

}  // namespace kisi::client
