// Validation of manifest.json, hand-written to mirror host-api/schemas/manifest.schema.json
// (keep the two in step), plus the semantic checks a schema cannot express.
#include <host/loader/manifest.hpp>

#include "semver.hpp"
#include "settings.hpp"

#include <Poco/Exception.h>
#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>

#include <initializer_list>
#include <limits>
#include <regex>
#include <set>
#include <sstream>

namespace host::loader {
namespace {

using Poco::Dynamic::Var;
using Poco::JSON::Array;
using Poco::JSON::Object;

std::string stringify(const Var& value) {
    std::ostringstream out;
    Poco::JSON::Stringifier::condense(value, out);
    return out.str();
}

std::string join(std::initializer_list<const char*> words) {
    std::string text;
    for (const char* word : words) text += (text.empty() ? "" : ", ") + std::string(word);
    return text;
}

bool is_object(const Var& value) {
    return value.type() == typeid(Object::Ptr);
}
bool is_array(const Var& value) {
    return value.type() == typeid(Array::Ptr);
}

// Collects problems as "'<path>' <what is wrong>".
class Checker {
  public:
    std::vector<std::string> errors;

    void fail(const std::string& path, const std::string& problem) {
        errors.push_back("'" + path + "' " + problem);
    }

    // Rejects members outside `allowed` and reports missing `required` ones.
    void members(const Object::Ptr& object, const std::string& path,
                 std::initializer_list<const char*> required,
                 std::initializer_list<const char*> optional) {
        for (const auto& [key, value] : *object) {
            bool known = false;
            for (const char* name : required) known = known || key == name;
            for (const char* name : optional) known = known || key == name;
            if (!known) fail(child(path, key), "is not a manifest field");
        }
        for (const char* name : required) {
            if (!object->has(name)) fail(child(path, name), "is required");
        }
    }

    std::string text(const Object::Ptr& object, const std::string& path, const char* key,
                     const std::regex* pattern = nullptr, const char* pattern_hint = nullptr,
                     std::size_t max_length = std::numeric_limits<std::size_t>::max()) {
        if (!object->has(key)) return {};
        Var value = object->get(key);
        std::string where = child(path, key);
        if (!value.isString()) {
            fail(where, "must be a string");
            return {};
        }
        std::string result = value.extract<std::string>();
        if (result.empty()) {
            fail(where, "must not be empty");
        } else if (result.size() > max_length) {
            fail(where, "must be at most " + std::to_string(max_length) + " characters");
        } else if (pattern != nullptr && !std::regex_match(result, *pattern)) {
            fail(where, "is \"" + result + "\"; expected " + pattern_hint);
        }
        return result;
    }

    std::optional<std::int64_t> integer(const Object::Ptr& object, const std::string& path,
                                        const char* key, std::int64_t minimum) {
        if (!object->has(key)) return std::nullopt;
        Var value = object->get(key);
        if (!value.isInteger()) {
            fail(child(path, key), "must be a whole number");
            return std::nullopt;
        }
        auto number = value.convert<std::int64_t>();
        if (number < minimum) {
            fail(child(path, key), "must be at least " + std::to_string(minimum));
            return std::nullopt;
        }
        return number;
    }

    std::optional<double> number(const Object::Ptr& object, const std::string& path,
                                 const char* key) {
        if (!object->has(key)) return std::nullopt;
        Var value = object->get(key);
        if (!value.isNumeric() || value.isBoolean()) {
            fail(child(path, key), "must be a number");
            return std::nullopt;
        }
        return value.convert<double>();
    }

    Object::Ptr object(const Object::Ptr& parent, const std::string& path, const char* key) {
        if (!parent->has(key)) return {};
        Var value = parent->get(key);
        if (!is_object(value)) {
            fail(child(path, key), "must be an object");
            return {};
        }
        return value.extract<Object::Ptr>();
    }

    // The array's objects (other items are reported), or nothing when absent.
    std::vector<Object::Ptr> objects(const Object::Ptr& parent, const char* key) {
        std::vector<Object::Ptr> items;
        Array::Ptr array = this->array(parent, "", key);
        if (array.isNull()) return items;
        for (std::size_t i = 0; i < array->size(); ++i) {
            Var item = array->get(i);
            if (is_object(item)) {
                items.push_back(item.extract<Object::Ptr>());
            } else {
                fail(indexed(key, i), "must be an object");
                items.push_back({});
            }
        }
        return items;
    }

    // The array's strings from a closed set, reporting others and duplicates.
    std::vector<std::string> enumerated(const Object::Ptr& parent, const char* key,
                                        std::initializer_list<const char*> allowed) {
        std::vector<std::string> items;
        Array::Ptr array = this->array(parent, "", key);
        if (array.isNull()) return items;
        std::set<std::string> seen;
        for (std::size_t i = 0; i < array->size(); ++i) {
            Var item = array->get(i);
            std::string where = indexed(key, i);
            bool known = false;
            if (item.isString()) {
                for (const char* name : allowed)
                    known = known || item.extract<std::string>() == name;
            }
            if (!known) {
                fail(where, "is " + stringify(item) + "; expected one of " + join(allowed));
            } else if (!seen.insert(item.extract<std::string>()).second) {
                fail(where, "repeats \"" + item.extract<std::string>() + "\"");
            } else {
                items.push_back(item.extract<std::string>());
            }
        }
        return items;
    }

    Array::Ptr array(const Object::Ptr& parent, const std::string& path, const char* key) {
        if (!parent->has(key)) return {};
        Var value = parent->get(key);
        if (!is_array(value)) {
            fail(child(path, key), "must be an array");
            return {};
        }
        return value.extract<Array::Ptr>();
    }

    static std::string child(const std::string& path, const std::string& key) {
        return path.empty() ? key : path + "." + key;
    }
    static std::string indexed(const std::string& path, std::size_t index) {
        return path + "[" + std::to_string(index) + "]";
    }
};

const std::regex id_pattern("^[a-z][a-z0-9_.-]{1,63}$");
const std::regex identifier_pattern("^[a-z][a-z0-9_-]{0,63}$");
const std::regex file_pattern("^[A-Za-z0-9_.+-]+$");
const std::regex sha256_pattern("^[0-9a-f]{64}$");
constexpr const char* id_hint = "lower-case letters, digits, '_', '.', '-', starting with a letter";
constexpr const char* identifier_hint =
    "lower-case letters, digits, '_', '-', starting with a letter";

void check_semver(Checker& check, const std::string& path, const std::string& text) {
    if (!text.empty() && !SemVer::parse(text)) {
        check.fail(path, "is \"" + text + "\"; expected a semantic version such as 1.2.3");
    }
}

SettingSpec parse_setting(Checker& check, const Object::Ptr& item, const std::string& path) {
    SettingSpec spec;
    check.members(item, path, {"key", "type", "label"}, {"default", "min", "max", "options"});
    spec.key = check.text(item, path, "key", &identifier_pattern, identifier_hint);
    spec.label = check.text(item, path, "label");
    spec.type = check.text(item, path, "type");
    bool known_type = false;
    for (const char* type : setting_types) known_type = known_type || spec.type == type;
    if (!spec.type.empty() && !known_type) {
        check.fail(Checker::child(path, "type"),
                   "is \"" + spec.type +
                       "\", an unknown setting type; supported: bool, integer, "
                       "number, text, url, email, select, secret");
        return spec;
    }
    spec.min = check.number(item, path, "min");
    spec.max = check.number(item, path, "max");
    bool numeric = spec.type == "integer" || spec.type == "number";
    if ((spec.min || spec.max) && !numeric) {
        check.fail(path, "has min/max, which only integer and number settings take");
    }
    if (spec.min && spec.max && *spec.min > *spec.max) check.fail(path, "has min greater than max");

    std::vector<Object::Ptr> options;
    if (item->has("options")) {
        Array::Ptr array = check.array(item, path, "options");
        if (!array.isNull()) {
            for (std::size_t i = 0; i < array->size(); ++i) {
                std::string where = Checker::indexed(Checker::child(path, "options"), i);
                Var option = array->get(i);
                if (!is_object(option)) {
                    check.fail(where, "must be an object");
                    continue;
                }
                auto object = option.extract<Object::Ptr>();
                check.members(object, where, {"value", "label"}, {});
                if (object->has("value") && !object->get("value").isString()) {
                    check.fail(Checker::child(where, "value"), "must be a string");
                    continue;
                }
                spec.options.push_back({object->optValue<std::string>("value", ""),
                                        check.text(object, where, "label")});
            }
        }
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
            check.fail(Checker::child(path, "default"), "is " + stringify(value) + ": " + *problem);
        } else {
            spec.default_json = stringify(value);
        }
    }
    return spec;
}

}  // namespace

std::string canonical_json(const std::string& text) {
    Poco::JSON::Parser parser;  // objects keep sorted keys: the canonical order
    return stringify(parser.parse(text));
}

ManifestResult parse_manifest(const std::string& text) {
    ManifestResult result;
    Object::Ptr root;
    try {
        Poco::JSON::Parser parser;
        Var parsed = parser.parse(text);
        if (!is_object(parsed)) {
            result.errors.push_back("manifest.json must contain a JSON object");
            return result;
        }
        root = parsed.extract<Object::Ptr>();
    } catch (const Poco::Exception& e) {
        result.errors.push_back("manifest.json is not valid JSON: " + e.message());
        return result;
    }

    Checker check;
    Manifest manifest;
    check.members(root, "",
                  {"id", "name", "version", "description", "vendor", "host_api", "min_host_version",
                   "library"},
                  {"settings", "settings_pages", "profile_tabs", "events", "capabilities",
                   "data_sent_offsite"});
    manifest.id = check.text(root, "", "id", &id_pattern, id_hint);
    manifest.name = check.text(root, "", "name", nullptr, nullptr, 100);
    manifest.version = check.text(root, "", "version");
    check_semver(check, "version", manifest.version);
    manifest.description = check.text(root, "", "description", nullptr, nullptr, 1000);
    manifest.vendor = check.text(root, "", "vendor", nullptr, nullptr, 100);
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
            check.text(library, "library", "file", &file_pattern, "a file name without folders");
        manifest.library_sha256 =
            check.text(library, "library", "sha256", &sha256_pattern, "64 lower-case hex digits");
    }

    std::set<std::string> keys;
    auto settings = check.objects(root, "settings");
    for (std::size_t i = 0; i < settings.size(); ++i) {
        if (settings[i].isNull()) continue;
        std::string path = Checker::indexed("settings", i);
        SettingSpec spec = parse_setting(check, settings[i], path);
        if (!spec.key.empty() && !keys.insert(spec.key).second) {
            check.fail(path, "repeats setting key \"" + spec.key + "\"");
        }
        manifest.settings.push_back(std::move(spec));
    }

    std::set<std::string> page_ids;
    auto pages = check.objects(root, "settings_pages");
    for (std::size_t i = 0; i < pages.size(); ++i) {
        if (pages[i].isNull()) continue;
        std::string path = Checker::indexed("settings_pages", i);
        check.members(pages[i], path, {"id", "title", "location", "permission"}, {});
        SettingsPageSpec page{
            check.text(pages[i], path, "id", &identifier_pattern, identifier_hint),
            check.text(pages[i], path, "title"), check.text(pages[i], path, "location"),
            check.text(pages[i], path, "permission")};
        if (!page.id.empty() && !page_ids.insert(page.id).second) {
            check.fail(path, "repeats settings page id \"" + page.id + "\"");
        }
        manifest.settings_pages.push_back(std::move(page));
    }

    std::set<std::string> tab_ids;
    auto tabs = check.objects(root, "profile_tabs");
    for (std::size_t i = 0; i < tabs.size(); ++i) {
        if (tabs[i].isNull()) continue;
        std::string path = Checker::indexed("profile_tabs", i);
        check.members(tabs[i], path, {"entity", "id", "title", "permission"}, {});
        ProfileTabSpec tab{check.text(tabs[i], path, "entity"),
                           check.text(tabs[i], path, "id", &identifier_pattern, identifier_hint),
                           check.text(tabs[i], path, "title"),
                           check.text(tabs[i], path, "permission")};
        if (!tab.entity.empty() && tab.entity != "employee") {
            check.fail(Checker::child(path, "entity"),
                       "is \"" + tab.entity + "\"; profile tabs exist for: employee");
        }
        if (!tab.id.empty() && !tab_ids.insert(tab.entity + "/" + tab.id).second) {
            check.fail(path, "repeats profile tab id \"" + tab.id + "\"");
        }
        manifest.profile_tabs.push_back(std::move(tab));
    }

    manifest.events = check.enumerated(
        root, "events", {"contract.changed/1", "adult.changed/1", "employee.changed/1"});
    manifest.capabilities = check.enumerated(root, "capabilities", {"door_access"});

    auto offsite = check.objects(root, "data_sent_offsite");
    for (std::size_t i = 0; i < offsite.size(); ++i) {
        if (offsite[i].isNull()) continue;
        std::string path = Checker::indexed("data_sent_offsite", i);
        check.members(offsite[i], path, {"recipient", "data", "purpose"}, {});
        check.text(offsite[i], path, "recipient");
        check.text(offsite[i], path, "purpose");
        Array::Ptr data = check.array(offsite[i], path, "data");
        if (!data.isNull()) {
            for (std::size_t j = 0; j < data->size(); ++j) {
                Var item = data->get(j);
                if (!item.isString() || item.extract<std::string>().empty()) {
                    check.fail(Checker::indexed(Checker::child(path, "data"), j),
                               "must be a non-empty string");
                }
            }
        }
    }
    if (root->has("data_sent_offsite")) {
        manifest.data_sent_offsite_json = stringify(root->get("data_sent_offsite"));
    }

    if (!check.errors.empty()) {
        result.errors = std::move(check.errors);
        return result;
    }
    Object core(*root);
    core.remove("library");
    manifest.core_json = stringify(Var(Object::Ptr(new Object(core))));
    result.manifest = std::move(manifest);
    return result;
}

}  // namespace host::loader
