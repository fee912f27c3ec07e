#include "kisi/ui/options_section.hpp"

#include "kisi/ui/form_values.hpp"

namespace kisi::ui {

using namespace sdk::ui;

namespace {

// One option of the form: its field, label, accepted range and place in AccessOptions.
struct OptionField {
    const char* key;
    const char* label;
    const char* help;
    int min;
    int max;
    int store::AccessOptions::*member;
};

const OptionField option_fields[] = {
    {"lead_days", "Access starts (days before a contract)",
     "Parents can open the doors this many days before the contract's start date.", 0, 30,
     &store::AccessOptions::lead_days},
    {"grace_days", "Access ends (days after a contract)",
     "Parents keep access this many days after the contract's end date.", 0, 30,
     &store::AccessOptions::grace_days},
    {"removal_threshold_percent", "Hold a sync that removes more than (% of managed access)",
     "A sync that would remove more access waits for an administrator's approval.", 1, 100,
     &store::AccessOptions::removal_threshold_percent},
    {"removal_threshold_min", "… and at least (assignments)",
     "Small removals below this count never wait for approval.", 1, 10000,
     &store::AccessOptions::removal_threshold_min},
};

}  // namespace

Section OptionsSection::render() {
    const store::AccessOptions options = services_.store.options.get();
    Form form("options", "save-options");
    form.submit_label("Save options");
    for (const OptionField& f : option_fields)
        form.add(Field::integer(f.key, f.label).value(options.*f.member).help(f.help).required());
    Section section("options", "Access options");
    section.add(form);
    return section;
}

sdk::ActionResult OptionsSection::run(const std::string&, const sdk::ActionRequest& request) {
    store::AccessOptions options = services_.store.options.get();
    FieldErrors errors;
    for (const OptionField& f : option_fields)
        if (auto value = int_value(request.values, f.key, f.min, f.max, errors))
            options.*f.member = *value;
    if (!errors.empty()) {
        sdk::ActionResult result =
            errors.to_result("Nothing was saved: check the highlighted options.");
        services_.audit("options.save", "options", store::AuditResult::refused, result.message());
        return result;
    }
    services_.store.options.save(options);
    const std::string message =
        "Access options saved: access starts " + std::to_string(options.lead_days) +
        " day(s) before and ends " + std::to_string(options.grace_days) +
        " day(s) after a contract; a sync removing more than " +
        std::to_string(options.removal_threshold_percent) + "% (and at least " +
        std::to_string(options.removal_threshold_min) + ") waits for approval.";
    services_.audit("options.save", "options", store::AuditResult::ok, message);
    return sdk::ActionResult::ok(message);
}

}  // namespace kisi::ui
