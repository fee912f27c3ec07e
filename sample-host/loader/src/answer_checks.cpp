#include "answer_checks.hpp"

#include "json_checker.hpp"

#include <Poco/Exception.h>
#include <Poco/JSON/Parser.h>

#include <functional>

namespace host::loader {
namespace {

// Parses `json` as an object and runs `check_members` on it; answers the problems found.
std::optional<std::string> check_object(
    const std::string& json, const char* document,
    const std::function<void(JsonChecker&, const JsonChecker::Object&)>& check_members) {
    JsonChecker::Object root;
    try {
        Poco::JSON::Parser parser;
        Poco::Dynamic::Var parsed = parser.parse(json);
        if (!JsonChecker::is_object(parsed)) return std::string("expected a JSON object");
        root = parsed.extract<JsonChecker::Object>();
    } catch (const Poco::Exception& e) {
        return "not valid JSON: " + e.message();
    }
    JsonChecker check(document);
    check_members(check, root);
    if (check.errors.empty()) return std::nullopt;
    return check.summary();
}

}  // namespace

std::optional<std::string> check_action_answer(const std::string& json) {
    return check_object(
        json, "action answer", [](JsonChecker& check, const JsonChecker::Object& root) {
            check.members(root, "", {"ok", "message"}, {"field_errors"});
            check.boolean(root, "", "ok");
            check.text(root, "", "message", {.allow_empty = true});
            if (auto errors = check.object(root, "", "field_errors")) {
                for (const auto& [key, value] : *errors) {
                    check.text(errors, "field_errors", key.c_str(), {.allow_empty = true});
                }
            }
        });
}

std::optional<std::string> check_health_report(const std::string& json) {
    return check_object(json, "health report",
                        [](JsonChecker& check, const JsonChecker::Object& root) {
                            if (!root->has("status")) check.fail("status", "is required");
                            if (!root->has("pending_work"))
                                check.fail("pending_work", "is required");
                            check.one_of(root, "", "status", {"ok", "degraded", "quarantined"});
                            check.text(root, "", "message", {.allow_empty = true});
                            check.integer(root, "", "pending_work", 0);
                        });
}

}  // namespace host::loader
