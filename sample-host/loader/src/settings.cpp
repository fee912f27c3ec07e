#include "settings.hpp"

#include "text_patterns.hpp"

#include <Poco/JSON/Parser.h>
#include <Poco/URI.h>

#include <algorithm>
#include <cmath>

namespace host::loader {
namespace {

std::optional<std::string> check_range(const SettingSpec& spec, double number) {
    if (spec.min && number < *spec.min)
        return "must be at least " + Poco::Dynamic::Var(*spec.min).convert<std::string>();
    if (spec.max && number > *spec.max)
        return "must be at most " + Poco::Dynamic::Var(*spec.max).convert<std::string>();
    return std::nullopt;
}

bool is_url(const std::string& text) {
    try {
        Poco::URI uri(text);
        return (uri.getScheme() == "http" || uri.getScheme() == "https") && !uri.getHost().empty();
    } catch (const Poco::Exception&) {
        return false;
    }
}

}  // namespace

std::optional<std::string> check_setting_value(const SettingSpec& spec,
                                               const Poco::Dynamic::Var& value) {
    const std::string& type = spec.type;
    if (type == "bool") {
        if (!value.isBoolean()) return "must be true or false";
        return std::nullopt;
    }
    if (type == "integer") {
        if (!value.isInteger()) return "must be a whole number";
        return check_range(spec, value.convert<double>());
    }
    if (type == "number") {
        if (!value.isNumeric()) return "must be a number";
        double number = value.convert<double>();
        if (!std::isfinite(number)) return "must be a finite number";
        return check_range(spec, number);
    }
    if (!value.isString()) return "must be text";
    const std::string text = value.extract<std::string>();
    if (type == "url" && !is_url(text)) return "must be an http or https URL";
    if (type == "email" && !is_email(text)) return "must be an email address";
    if (type == "select") {
        bool listed =
            std::any_of(spec.options.begin(), spec.options.end(),
                        [&](const SettingOption& option) { return option.value == text; });
        if (!listed) return "must be one of the listed options";
    }
    return std::nullopt;
}

Poco::JSON::Object::Ptr effective_settings(const Manifest& manifest,
                                           const Poco::JSON::Object::Ptr& stored,
                                           std::map<std::string, std::string>& rejected) {
    Poco::JSON::Object::Ptr settings = new Poco::JSON::Object();
    for (const SettingSpec& spec : manifest.settings) {
        if (spec.type == "secret") continue;
        if (!stored.isNull() && stored->has(spec.key) && !stored->isNull(spec.key)) {
            Poco::Dynamic::Var value = stored->get(spec.key);
            if (auto problem = check_setting_value(spec, value)) {
                rejected[spec.key] = *problem;
            } else {
                settings->set(spec.key, value);
                continue;
            }
        }
        if (!spec.default_json.empty()) {
            // Poco's parser takes documents, not bare values: read the default as [value].
            Poco::JSON::Parser parser;
            auto wrapped = parser.parse("[" + spec.default_json + "]");
            settings->set(spec.key, wrapped.extract<Poco::JSON::Array::Ptr>()->get(0));
        }
    }
    return settings;
}

}  // namespace host::loader
