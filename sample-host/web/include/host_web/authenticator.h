// Who is calling, from the request's credentials:
//  - QA: "Authorization: Bearer <qa-token>" when the host runs with --qa-token;
//  - admin (the plugin UI API): the QA bearer, or any admin check added later (the web admin
//    UI adds its session cookie this way);
//  - app person: "Authorization: Bearer <app token>" naming an adult or an employee.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <Poco/Net/HTTPRequest.h>

#include "host_data/app_tokens.h"

namespace host::web {

struct Admin {
    std::string user;  // shown to plugins as the viewer ({"user": ...})
};

class Authenticator {
  public:
    // An admin check answers the admin a request speaks for, or nothing.
    using AdminCheck = std::function<std::optional<Admin>(const Poco::Net::HTTPRequest&)>;

    Authenticator(std::optional<std::string> qa_token, std::shared_ptr<data::AppTokens> app_tokens);

    bool qa_enabled() const { return qa_token_.has_value(); }
    bool is_qa(const Poco::Net::HTTPRequest& request) const;
    std::optional<Admin> admin(const Poco::Net::HTTPRequest& request) const;
    // Nothing for a missing, unknown or unreadable token.
    std::optional<data::AppPerson> app_person(const Poco::Net::HTTPRequest& request) const;

    // Must be called before the server starts.
    void add_admin_check(AdminCheck check);

    // An admin refusal answers why a request must be refused (403) although it carries admin
    // credentials (the web admin UI: a session request without its CSRF token), or nothing.
    // Never applied to the QA bearer. Must be added before the server starts.
    using AdminRefusal = std::function<std::optional<std::string>(const Poco::Net::HTTPRequest&)>;
    void add_admin_refusal(AdminRefusal refusal);
    std::optional<std::string> admin_refusal(const Poco::Net::HTTPRequest& request) const;

  private:
    std::optional<std::string> qa_token_;
    std::shared_ptr<data::AppTokens> app_tokens_;
    std::vector<AdminCheck> admin_checks_;
    std::vector<AdminRefusal> admin_refusals_;
};

// The token of an "Authorization: Bearer <token>" header, if any.
std::optional<std::string> bearer_token(const Poco::Net::HTTPRequest& request);

}  // namespace host::web
