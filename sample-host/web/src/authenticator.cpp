#include "host_web/authenticator.h"

#include <Poco/Logger.h>

namespace host::web {
namespace {

// Compares without leaking, through timing, how much of the token matched.
bool same_secret(const std::string& given, const std::string& expected) {
    if (expected.empty()) return false;
    unsigned char difference = given.size() == expected.size() ? 0 : 1;
    for (std::size_t i = 0; i < given.size(); ++i) {
        difference |= static_cast<unsigned char>(given[i] ^ expected[i % expected.size()]);
    }
    return difference == 0;
}

}  // namespace

std::optional<std::string> bearer_token(const Poco::Net::HTTPRequest& request) {
    if (!request.hasCredentials()) return std::nullopt;
    std::string scheme;
    std::string token;
    request.getCredentials(scheme, token);
    if (Poco::icompare(scheme, "Bearer") != 0 || token.empty()) return std::nullopt;
    return token;
}

Authenticator::Authenticator(std::optional<std::string> qa_token,
                             std::shared_ptr<data::AppTokens> app_tokens)
    : qa_token_(std::move(qa_token)), app_tokens_(std::move(app_tokens)) {}

bool Authenticator::is_qa(const Poco::Net::HTTPRequest& request) const {
    if (!qa_token_) return false;
    const auto token = bearer_token(request);
    return token && same_secret(*token, *qa_token_);
}

std::optional<Admin> Authenticator::admin(const Poco::Net::HTTPRequest& request) const {
    if (is_qa(request)) return Admin{"qa"};
    for (const auto& check : admin_checks_) {
        if (auto admin = check(request)) return admin;
    }
    return std::nullopt;
}

std::optional<data::AppPerson> Authenticator::app_person(
    const Poco::Net::HTTPRequest& request) const {
    const auto token = bearer_token(request);
    if (!token) return std::nullopt;
    auto person = app_tokens_->resolve(*token);
    if (!person) {
        Poco::Logger::get("host.web").error("cannot check an app token: " + person.error().message);
        return std::nullopt;
    }
    return person.value();
}

void Authenticator::add_admin_check(AdminCheck check) {
    admin_checks_.push_back(std::move(check));
}

void Authenticator::add_admin_refusal(AdminRefusal refusal) {
    admin_refusals_.push_back(std::move(refusal));
}

std::optional<std::string> Authenticator::admin_refusal(
    const Poco::Net::HTTPRequest& request) const {
    if (is_qa(request)) return std::nullopt;
    for (const auto& refusal : admin_refusals_) {
        if (auto reason = refusal(request)) return reason;
    }
    return std::nullopt;
}

}  // namespace host::web
