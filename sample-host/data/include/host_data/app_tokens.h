// App tokens: bearer tokens of the parent/staff app, each naming one adult or one employee.
// Only a SHA-256 digest of each token is stored.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "host_data/database.h"
#include "host_data/host_clock.h"
#include "host_data/model.h"
#include "host_data/result.h"

namespace host::data {

// Who an app token speaks for: exactly one of the two is set.
struct AppPerson {
    std::optional<Id> adult_id;
    std::optional<Id> employee_id;
};

class AppTokens {
  public:
    AppTokens(std::shared_ptr<Database> database, std::shared_ptr<const HostClock> clock);

    // Issues a new token for an existing adult or employee (invalid_argument when the person
    // does not exist).
    Result<std::string> issue(const AppPerson& person);
    // The person a token speaks for; nothing for an unknown token.
    Result<std::optional<AppPerson>> resolve(const std::string& token);

  private:
    std::shared_ptr<Database> database_;
    std::shared_ptr<const HostClock> clock_;
};

}  // namespace host::data
