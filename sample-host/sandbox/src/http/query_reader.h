// Reads list filters and paging from the query string, collecting 422 errors as it goes.
#pragma once

#include "core/api_error.h"
#include "http/exchange.h"
#include "http/pagination.h"

#include <optional>
#include <set>
#include <string>

namespace kisi::sandbox {

class QueryReader {
  public:
    // `caller` is the requesting user's id, which `me` stands for where Kisi allows it.
    QueryReader(const ApiRequest& request, Id caller);

    std::optional<std::string> text(const std::string& name) const;
    std::optional<std::set<Id>> ids();  // `ids=1,2,3`
    std::optional<Id> id(const std::string& name);
    std::optional<Id> id_or_me(const std::string& name);
    std::optional<bool> flag(const std::string& name);  // true | false
    Page page(PageLimits limits);

    bool ok() const { return errors_.empty(); }
    ApiError error() const { return ApiError::validation(errors_); }

  private:
    const ApiRequest& request_;
    Id caller_;
    FieldErrors errors_;
};

}  // namespace kisi::sandbox
