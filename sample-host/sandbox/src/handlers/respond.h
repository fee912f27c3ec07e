// Turns a store result into the answer Kisi gives: the rendered object (200), no content
// (204), or the error.
#pragma once

#include "core/api_error.h"
#include "http/exchange.h"

namespace kisi::sandbox {

template <class T, class Render>
ApiResponse respond_created(const Result<T>& result, Render&& render) {
    if (!result.ok()) return ApiResponse::error(result.error());
    return ApiResponse::json(200, render(result.value()));
}

inline ApiResponse respond_done(const Result<Done>& result) {
    return result.ok() ? ApiResponse::no_content() : ApiResponse::error(result.error());
}

// GET /<resource>/{id}
template <class Record, class Render>
ApiResponse respond_found(const Record* record, const char* resource, Render&& render) {
    if (record == nullptr) return ApiResponse::error(ApiError::not_found(resource));
    return ApiResponse::json(200, render(*record));
}

}  // namespace kisi::sandbox
