#include "http/pagination.h"

#include <Poco/NumberParser.h>

#include <algorithm>

namespace kisi::sandbox {
namespace {

Result<std::int64_t> integer_parameter(const ApiRequest& request, const std::string& name,
                                       std::int64_t fallback) {
    const auto text = request.parameter(name);
    if (!text) return fallback;
    Poco::Int64 value = 0;
    if (!Poco::NumberParser::tryParse64(*text, value)) {
        return ApiError::validation(name, "is not a number");
    }
    return static_cast<std::int64_t>(value);
}

}  // namespace

Result<Page> parse_page(const ApiRequest& request, PageLimits limits) {
    const auto limit = integer_parameter(request, "limit", limits.default_limit);
    if (!limit.ok()) return limit.error();
    const auto offset = integer_parameter(request, "offset", 0);
    if (!offset.ok()) return offset.error();
    FieldErrors errors;
    if (limit.value() < 1) errors["limit"].push_back("must be greater than 0");
    if (offset.value() < 0) errors["offset"].push_back("must be greater than or equal to 0");
    if (offset.value() > max_offset) {
        errors["offset"].push_back("must be less than or equal to 20000");
    }
    if (!errors.empty()) return ApiError::validation(std::move(errors));
    return Page{offset.value(), std::min(limit.value(), limits.max_limit)};
}

std::string collection_range(const Page& page, std::size_t total) {
    if (static_cast<std::size_t>(page.offset) >= total) return "*/" + std::to_string(total);
    return std::to_string(page.offset) + "-" + std::to_string(page.offset + page.limit - 1) + "/" +
           std::to_string(total);
}

ApiResponse list_response(Poco::JSON::Array::Ptr items, const Page& page, std::size_t total) {
    ApiResponse response = ApiResponse::json(200, items);
    response.headers.emplace_back("X-Collection-Range", collection_range(page, total));
    return response;
}

}  // namespace kisi::sandbox
