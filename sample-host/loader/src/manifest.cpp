// Validation of manifest.json, hand-written to mirror host-api/schemas/manifest.schema.json
// (keep the two in step), plus the semantic checks a schema cannot express.
#include <host/loader/manifest.hpp>

#include "json_checker.hpp"
#include "semver.hpp"
#include "settings.hpp"
#include "text_patterns.hpp"

#include <Poco/Exception.h>
#include <Poco/JSON/Parser.h>

#include <set>

namespace host::loader {
namespace {

using Poco::Dynamic::Var;
using Object = JsonChecker::Object;

const TextRule id_rule{false, &is_plugin_id,
                       "2 to 64 lower-case letters, digits, '_', '.', '-', starting with a letter"};
const TextRule identifier_rule{false, &is_identifier,
                               "lower-case letters, digits, '_', '-', starting with a letter"};

void check_semver(JsonChecker& check, const std::string& path, const std::string& text) {
    if (!text.empty() && !SemVer::parse(text)) {
        check.fail(path, "is \"" + text + "\"; expected a semantic version such as 1.2.3");
    }
}

std::vector<SettingOption> parse_options(JsonChecker& check, const Object& item,
                                         const std::string& path) {
    std::vector<SettingOption> options;
    for (const auto& [option, where] : check.objects(item, path, "options")) {
        check.members(option, where, {"value", "label"}, {});
        options.push_back({check.text(option, where, "value", {.allow_empty = true}),
                           check.text(option, where, "label")});
    }
    return options;
}

SettingSpec parse_setting(JsonChecker& check, const Object& item, const std::string& path) {
    SettingSpec spec;
    check.members(item, path, {"key", "type", "label"}, {"default", "min", "max", "options"});
    spec.key = check.text(item, path, "key", identifier_rule);
    spec.label = check.text(item, path, "label");
    spec.type = check.text(item, path, "type");
    bool known_type = false;
    for (const char* type : setting_types) known_type = known_type || spec.type == type;
    if (!spec.type.empty() && !known_type) {
        check.fail(JsonChecker::child(path, "type"),
                   "is \"" + spec.type +
                       "\", an unknown setting type; supported: bool, integer, number, text, url, "
                       "email, select, secret");
        return spec;
    }
    spec.min = check.number(item, path, "min");
    spec.max = check.number(item, path, "max");
    bool numeric = spec.type == "integer" || spec.type == "number";
    if ((spec.min || spec.max) && !numeric) {
        check.fail(path, "has min/max, which only integer and number settings take");
    }
    if (spec.min && spec.max && *spec.min > *spec.max) check.fail(path, "has min greater than max");

    if (item->has("options")) {
        spec.options = parse_options(check, item, path);
        if (spec.type != "select") check.fail(path, "has options, which only select settings take");
    }
    if (spec.type == "select" && spec.options.empty()) {
        check.fail(path, "is a select setting without options");
    }

    if (item->has("default") && !item->isNull("default")) {
        Var value = item->get("default");
        if (spec.type == "secret") {
            check.fail(path, "is a secret setting with a default; secrets have no defaults");
        } else if (auto problem = check_setting_value(spec, value)) {
            check.fail(JsonChecker::child(path, "default"),
                       "is " + JsonChecker::stringify(value) + ": " + *problem);
        } else {
            spec.default_json = JsonChecker::stringify(value);
        }
    }
    return spec;
}

void parse_settings(JsonChecker& check, const Object& root, Manifest& manifest) {
    std::set<std::string> keys;
    for (const auto& [item, path] : check.objects(root, "", "settings")) {
        SettingSpec spec = parse_setting(check, item, path);
        if (!spec.key.empty() && !keys.insert(spec.key).second) {
            check.fail(path, "repeats setting key \"" + spec.key + "\"");
        }
        manifest.settings.push_back(std::move(spec));
    }
}

void parse_pages_and_tabs(JsonChecker& check, const Object& root, Manifest& manifest) {
    std::set<std::string> page_ids;
    for (const auto& [item, path] : check.objects(root, "", "settings_pages")) {
        check.members(item, path, {"id", "title", "location", "permission"}, {});
        SettingsPageSpec page{check.text(item, path, "id", identifier_rule),
                              check.text(item, path, "title"), check.text(item, path, "location"),
                              check.text(item, path, "permission")};
        if (!page.id.empty() && !page_ids.insert(page.id).second) {
            check.fail(path, "repeats settings page id \"" + page.id + "\"");
        }
        manifest.settings_pages.push_back(std::move(page));
    }

    std::set<std::string> tab_ids;
    for (const auto& [item, path] : check.objects(root, "", "profile_tabs")) {
        check.members(item, path, {"entity", "id", "title", "permission"}, {});
        ProfileTabSpec tab{check.one_of(item, path, "entity", {"employee"}),
                           check.text(item, path, "id", identifier_rule),
                           check.text(item, path, "title"), check.text(item, path, "permission")};
        if (!tab.id.empty() && !tab_ids.insert(tab.entity + "/" + tab.id).second) {
            check.fail(path, "repeats profile tab id \"" + tab.id + "\"");
        }
        manifest.profile_tabs.push_back(std::move(tab));
    }
}

void parse_data_sent_offsite(JsonChecker& check, const Object& root, Manifest& manifest) {
    for (const auto& [item, path] : check.objects(root, "", "data_sent_offsite")) {
        check.members(item, path, {"recipient", "data", "purpose"}, {});
        check.text(item, path, "recipient");
        check.text(item, path, "purpose");
        if (auto data = check.array(item, path, "data")) {
            for (std::size_t i = 0; i < data->size(); ++i) {
                Var entry = data->get(static_cast<unsigned>(i));
                if (!entry.isString() || entry.extract<std::string>().empty()) {
                    check.fail(JsonChecker::indexed(JsonChecker::child(path, "data"), i),
                               "must be a non-empty string");
                }
            }
        }
    }
    if (root->has("data_sent_offsite")) {
        manifest.data_sent_offsite_json = JsonChecker::stringify(root->get("data_sent_offsite"));
    }
}

}  // namespace

std::string canonical_json(const std::string& text) {
    Poco::JSON::Parser parser;  // objects keep sorted keys: the canonical order
    return JsonChecker::stringify(parser.parse(text));
}

ManifestResult parse_manifest(const std::string& text) {
    ManifestResult result;
    Object root;
    try {
        Poco::JSON::Parser parser;
        Var parsed = parser.parse(text);
        if (!JsonChecker::is_object(parsed)) {
            result.errors.push_back("manifest.json must contain a JSON object");
            return result;
        }
        root = parsed.extract<Object>();
    } catch (const Poco::Exception& e) {
        result.errors.push_back("manifest.json is not valid JSON: " + e.message());
        return result;
    }

    JsonChecker check("manifest");
    Manifest manifest;
    check.members(root, "",
                  {"id", "name", "version", "description", "vendor", "host_api", "min_host_version",
                   "library"},
                  {"settings", "settings_pages", "profile_tabs", "events", "capabilities",
                   "data_sent_offsite"});
    manifest.id = check.text(root, "", "id", id_rule);
    manifest.name = check.text(root, "", "name", {.max_length = 100});
    manifest.version = check.text(root, "", "version");
    check_semver(check, "version", manifest.version);
    manifest.description = check.text(root, "", "description", {.max_length = 1000});
    manifest.vendor = check.text(root, "", "vendor", {.max_length = 100});
    manifest.min_host_version = check.text(root, "", "min_host_version");
    check_semver(check, "min_host_version", manifest.min_host_version);

    if (auto host_api = check.object(root, "", "host_api")) {
        check.members(host_api, "host_api", {"major", "min_minor"}, {});
        manifest.host_api_major =
            static_cast<std::uint32_t>(check.integer(host_api, "host_api", "major", 1).value_or(0));
        manifest.host_api_min_minor = static_cast<std::uint32_t>(
            check.integer(host_api, "host_api", "min_minor", 0).value_or(0));
    }
    if (auto library = check.object(root, "", "library")) {
        check.members(library, "library", {"file"}, {"sha256"});
        manifest.library_file =
            check.text(library, "library", "file",
                       {.pattern = &is_file_name, .pattern_hint = "a file name without folders"});
        manifest.library_sha256 =
            check.text(library, "library", "sha256",
                       {.pattern = &is_sha256_hex, .pattern_hint = "64 lower-case hex digits"});
    }

    parse_settings(check, root, manifest);
    parse_pages_and_tabs(check, root, manifest);
    manifest.events = check.enumerated(
        root, "", "events", {"contract.changed/1", "adult.changed/1", "employee.changed/1"});
    manifest.capabilities = check.enumerated(root, "", "capabilities", {"door_access"});
    parse_data_sent_offsite(check, root, manifest);

    if (!check.errors.empty()) {
        result.errors = std::move(check.errors);
        return result;
    }
    Object core = new Poco::JSON::Object(*root);
    core->remove("library");
    manifest.core_json = JsonChecker::stringify(core);
    result.manifest = std::move(manifest);
    return result;
}

}  // namespace host::loader
