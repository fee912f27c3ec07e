#include "kisi/ui/connection_section.hpp"

#include "kisi/access/secret_names.hpp"
#include "kisi/ui/action_answers.hpp"
#include "kisi/ui/catalog_refresh.hpp"
#include "kisi/ui/display.hpp"
#include "kisi/ui/form_values.hpp"

#include <kisi/client/base_url.h>

namespace kisi::ui {

using namespace sdk::ui;

namespace {

constexpr const char* action_name = "connection.save";

}  // namespace

Section ConnectionSection::render() {
    Section section("connection", "Connection");
    section.description(
        "Paste an API key of a Kisi organization administrator or owner (in Kisi: My Account > "
        "API > Add API key). The key is checked with Kisi before it is stored, and never shown "
        "again.");
    auto connection = services_.connection.current();
    if (connection) {
        section.add(Notice(Level::success, "Connected to the Kisi organization “" +
                                               connection->organization_name + "”."));
        section.add(KeyValue()
                        .item("API key", key_hint(connection->key_last4))
                        .item("Organization", connection->organization_name)
                        .item("Base URL", connection->base_url)
                        .item("Verified", format_time(connection->verified_at)));
    } else {
        section.add(Notice(Level::info, "Not connected to Kisi yet."));
    }
    Field key = Field::secret("api_key", "API key");
    if (connection)
        key.placeholder(key_hint(connection->key_last4)).help("Paste a new key to replace it.");
    else
        key.placeholder("Paste the API key").required();
    section.add(Form("connection", "save-connection")
                    .submit_label("Save and verify")
                    .add(key)
                    .add(Field::url("base_url", "Base URL")
                             .value(services_.connection.base_url())
                             .advanced()
                             .help("Kisi's API address. Change it only to use a Kisi sandbox.")));
    return section;
}

sdk::ActionResult ConnectionSection::run(const std::string&, const sdk::ActionRequest& request) {
    return save(request);
}

sdk::ActionResult ConnectionSection::save(const sdk::ActionRequest& request) {
    const auto stored = services_.connection.current();
    std::string key = text_value(request.values, "api_key").value_or("");
    const std::string base_url =
        text_value(request.values, "base_url").value_or(std::string(client::kDefaultBaseUrl));

    if (key.empty()) {
        // Without a new key the stored one is checked again (say, against a new base URL).
        auto current_key = stored ? services_.host.secret_get(access::api_key_secret)
                                  : sdk::Result<std::string>(sdk::Status(HP_E_NOT_FOUND, ""));
        if (!current_key) {
            FieldErrors errors;
            errors.add("api_key", "Paste the API key.");
            return errors.to_result("No API key is stored yet.");
        }
        key = current_key.value();
    }
    // Whatever happens below, no answer and no audit line may carry the key, even one pasted
    // into the wrong field.
    const std::string audit_target = without_secret(base_url, key);
    auto answer = [&](sdk::ActionResult result, store::AuditResult outcome) {
        services_.audit(action_name, audit_target, outcome, without_secret(result.message(), key));
        return result;
    };

    if (base_url.find(key) != std::string::npos) {
        FieldErrors errors;
        errors.add("base_url", "The base URL must not contain the API key.");
        return answer(
            errors.to_result("Nothing was saved: the API key was pasted into the base URL."),
            store::AuditResult::refused);
    }
    access::KeyCheck check = services_.connection.verify(base_url, key);
    if (!check.verified) {
        sdk::ActionResult result = refusal_result(
            sdk::Status(check.refusal.code(),
                        "Nothing was saved. " + without_secret(check.refusal.message(), key)));
        if (!check.field.empty())
            result.field_error(check.field, without_secret(check.refusal.message(), key));
        return answer(result, store::AuditResult::refused);
    }
    const access::VerifiedKey& verified = *check.verified;

    // Links, cached places and granted access all belong to the organization they were made
    // in: a key of another organization would silently orphan them.
    if (stored && stored->organization_id && verified.organization_id &&
        *stored->organization_id != *verified.organization_id &&
        !services_.store.place_links.all().empty()) {
        sdk::ActionResult result = sdk::ActionResult::conflict(
            "Nothing was saved. This key belongs to the Kisi organization “" +
            verified.organization_name + "”, but the places are linked in “" +
            stored->organization_name +
            "”. Use a key of that organization, or unlink the places first.");
        result.field_error("api_key", "This key belongs to another Kisi organization.");
        return answer(result, store::AuditResult::refused);
    }

    if (auto saved = services_.connection.save(base_url, key, verified); !saved) {
        services_.audit(action_name, audit_target, store::AuditResult::failed, saved.message());
        return refusal_result(saved);
    }

    std::string message = "Connected to the Kisi organization “" + verified.organization_name +
                          "” as " + verified.user.email +
                          ". The key is stored; this page shows only its last 4 characters.";
    auto refreshed = refresh_catalog(services_);
    message += refreshed ? " " + describe(refreshed.value())
                         : " The places could not be read yet (" + refreshed.message() +
                               "); use Refresh under Places.";
    return answer(sdk::ActionResult::ok(without_secret(message, key)), store::AuditResult::ok);
}

}  // namespace kisi::ui
