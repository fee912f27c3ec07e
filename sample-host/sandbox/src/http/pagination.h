// Kisi's offset pagination: `limit` (per-endpoint default and maximum) and `offset` (at most
// 20000); lists are bare arrays with `X-Collection-Range: start-end/total`.
#pragma once

#include "core/api_error.h"
#include "http/exchange.h"

#include <Poco/JSON/Array.h>

#include <cstdint>
#include <string>
#include <vector>

namespace kisi::sandbox {

struct PageLimits {
    std::int64_t default_limit = 50;
    std::int64_t max_limit = 250;
};

inline constexpr PageLimits places_page{50, 250};
inline constexpr PageLimits locks_page{50, 250};
inline constexpr PageLimits groups_page{10, 250};
inline constexpr PageLimits group_locks_page{10, 250};
inline constexpr PageLimits role_assignments_page{10, 250};
inline constexpr PageLimits users_page{50, 100};
inline constexpr std::int64_t max_offset = 20000;

struct Page {
    std::int64_t offset = 0;
    std::int64_t limit = 0;
};

// A limit above the maximum is lowered to it; a limit below 1, a negative offset or one above
// 20000, or a value that is not an integer is a 422.
Result<Page> parse_page(const ApiRequest& request, PageLimits limits);

// "start-end/total" for the requested range (as the description's example: 15 items, offset
// 10, limit 10 → "10-19/15"); "*/total" when the page is empty.
std::string collection_range(const Page& page, std::size_t total);

ApiResponse list_response(Poco::JSON::Array::Ptr items, const Page& page, std::size_t total);

// Renders the requested page of `matching` and answers it as a list.
template <class Record, class Render>
ApiResponse page_response(const std::vector<const Record*>& matching, const Page& page,
                          Render&& render) {
    Poco::JSON::Array::Ptr items = new Poco::JSON::Array;
    const auto first = static_cast<std::size_t>(page.offset);
    for (std::size_t i = first; i < matching.size() && i - first < std::size_t(page.limit); ++i) {
        items->add(render(*matching[i]));
    }
    return list_response(items, page, matching.size());
}

}  // namespace kisi::sandbox
