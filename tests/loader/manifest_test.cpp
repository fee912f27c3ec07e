// Manifest validation: the schema's rules and the semantic checks, with the messages an admin
// reads.
#include <host/loader/manifest.hpp>

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <functional>
#include <sstream>

namespace {

using host::loader::parse_manifest;
using testing::Contains;
using testing::HasSubstr;

const char* valid_manifest = R"({
  "id": "sample",
  "name": "Sample",
  "version": "1.0.0",
  "description": "A sample plugin.",
  "vendor": "Tests",
  "host_api": {"major": 1, "min_minor": 0},
  "min_host_version": "0.1.0",
  "library": {"file": "libsample.so", "sha256": "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"},
  "settings": [
    {"key": "interval", "type": "integer", "label": "Interval", "default": 60, "min": 5, "max": 1440},
    {"key": "mode", "type": "select", "label": "Mode", "default": "a", "options": [{"value": "a", "label": "A"}]},
    {"key": "endpoint", "type": "url", "label": "Endpoint", "default": "https://api.example.com"},
    {"key": "key", "type": "secret", "label": "Key"}
  ],
  "settings_pages": [{"id": "main", "title": "Main", "location": "settings.integrations", "permission": "admin"}],
  "profile_tabs": [{"entity": "employee", "id": "tab", "title": "Tab", "permission": "admin"}],
  "events": ["contract.changed/1"],
  "capabilities": ["door_access"],
  "data_sent_offsite": [{"recipient": "Example", "data": ["name"], "purpose": "testing"}]
})";

// The valid manifest after `edit`, validated.
host::loader::ManifestResult with(const std::function<void(Poco::JSON::Object::Ptr&)>& edit) {
    Poco::JSON::Parser parser;
    auto manifest = parser.parse(valid_manifest).extract<Poco::JSON::Object::Ptr>();
    edit(manifest);
    std::ostringstream text;
    manifest->stringify(text);
    return parse_manifest(text.str());
}

Poco::JSON::Object::Ptr setting(Poco::JSON::Object::Ptr& manifest, std::size_t index) {
    return manifest->getArray("settings")->getObject(static_cast<unsigned>(index));
}

TEST(ManifestTest, AcceptsAValidManifest) {
    auto result = parse_manifest(valid_manifest);
    ASSERT_TRUE(result.manifest) << testing::PrintToString(result.errors);
    const auto& manifest = *result.manifest;
    EXPECT_EQ(manifest.id, "sample");
    EXPECT_EQ(manifest.host_api_major, 1u);
    EXPECT_EQ(manifest.settings.size(), 4u);
    EXPECT_EQ(manifest.settings[0].default_json, "60");
    EXPECT_EQ(*manifest.settings[0].max, 1440);
    EXPECT_EQ(manifest.settings[1].options.at(0).label, "A");
    EXPECT_EQ(manifest.settings_pages.at(0).location, "settings.integrations");
    EXPECT_EQ(manifest.profile_tabs.at(0).entity, "employee");
    EXPECT_THAT(manifest.events, testing::ElementsAre("contract.changed/1"));
    EXPECT_THAT(manifest.capabilities, testing::ElementsAre("door_access"));
    EXPECT_THAT(manifest.core_json, testing::Not(HasSubstr("library")));
    EXPECT_THAT(manifest.core_json, testing::StartsWith(R"({"capabilities":["door_access"],)"));
}

TEST(ManifestTest, RejectsTextThatIsNotAJsonObject) {
    EXPECT_THAT(parse_manifest("{\"id\":").errors,
                Contains(HasSubstr("manifest.json is not valid JSON")));
    EXPECT_THAT(parse_manifest("[1]").errors, Contains("manifest.json must contain a JSON object"));
}

TEST(ManifestTest, ReportsEverySchemaViolationWithItsPath) {
    auto result = with([](Poco::JSON::Object::Ptr& m) {
        m->remove("name");
        m->set("id", "Not An Id");
        m->set("homepage", "https://example.com");
        m->getObject("host_api")->set("major", "1");
        m->getObject("library")->set("sha256", "ABC");
        m->set("events", Poco::JSON::Array::Ptr(new Poco::JSON::Array()));
        m->getArray("events")->add("contract.created/1");
    });
    EXPECT_FALSE(result.manifest);
    EXPECT_THAT(result.errors, Contains("'name' is required"));
    EXPECT_THAT(result.errors,
                Contains(HasSubstr("'id' is \"Not An Id\"; expected 2 to 64 lower-case letters")));
    EXPECT_THAT(result.errors, Contains("'homepage' is not a manifest field"));
    EXPECT_THAT(result.errors, Contains("'host_api.major' must be a whole number"));
    EXPECT_THAT(
        result.errors,
        Contains(HasSubstr("'library.sha256' is \"ABC\"; expected 64 lower-case hex digits")));
    EXPECT_THAT(result.errors,
                Contains(HasSubstr(
                    "'events[0]' is \"contract.created/1\"; expected one of contract.changed/1")));
}

TEST(ManifestTest, RejectsBadSemanticVersions) {
    auto result = with([](Poco::JSON::Object::Ptr& m) {
        m->set("version", "1.0");
        m->set("min_host_version", "latest");
    });
    EXPECT_THAT(result.errors,
                Contains("'version' is \"1.0\"; expected a semantic version such as 1.2.3"));
    EXPECT_THAT(result.errors, Contains(HasSubstr("'min_host_version' is \"latest\"")));
}

TEST(ManifestTest, RejectsUnknownSettingTypes) {
    auto result = with([](Poco::JSON::Object::Ptr& m) { setting(m, 0)->set("type", "colour"); });
    EXPECT_THAT(result.errors,
                Contains("'settings[0].type' is \"colour\", an unknown setting type; supported: "
                         "bool, integer, number, text, url, email, select, secret"));
}

TEST(ManifestTest, ChecksSettingsAgainstTheirType) {
    auto result = with([](Poco::JSON::Object::Ptr& m) {
        setting(m, 0)->set("default", 2);                    // below min
        setting(m, 1)->set("default", "b");                  // not an option
        setting(m, 2)->set("default", "ftp://example.com");  // not http(s)
        setting(m, 3)->set("default", "hunter2");            // secrets have no default
        setting(m, 2)->set("options", setting(m, 1)->getArray("options"));
    });
    EXPECT_THAT(result.errors, Contains("'settings[0].default' is 2: must be at least 5"));
    EXPECT_THAT(result.errors,
                Contains("'settings[1].default' is \"b\": must be one of the listed options"));
    EXPECT_THAT(
        result.errors,
        Contains("'settings[2].default' is \"ftp://example.com\": must be an http or https URL"));
    EXPECT_THAT(
        result.errors,
        Contains("'settings[3]' is a secret setting with a default; secrets have no defaults"));
    EXPECT_THAT(result.errors,
                Contains("'settings[2]' has options, which only select settings take"));
}

TEST(ManifestTest, RejectsSelectsWithoutOptionsAndInvertedRanges) {
    auto result = with([](Poco::JSON::Object::Ptr& m) {
        setting(m, 1)->remove("options");
        setting(m, 1)->remove("default");
        setting(m, 0)->set("min", 100);
        setting(m, 0)->set("max", 10);
        setting(m, 0)->remove("default");
    });
    EXPECT_THAT(result.errors, Contains("'settings[1]' is a select setting without options"));
    EXPECT_THAT(result.errors, Contains("'settings[0]' has min greater than max"));
}

TEST(ManifestTest, RejectsDuplicateIdsAndKeys) {
    auto result = with([](Poco::JSON::Object::Ptr& m) {
        m->getArray("settings_pages")->add(m->getArray("settings_pages")->getObject(0));
        m->getArray("profile_tabs")->add(m->getArray("profile_tabs")->getObject(0));
        m->getArray("settings")->add(setting(m, 0));
        m->getArray("events")->add("contract.changed/1");
    });
    EXPECT_THAT(result.errors, Contains("'settings_pages[1]' repeats settings page id \"main\""));
    EXPECT_THAT(result.errors, Contains("'profile_tabs[1]' repeats profile tab id \"tab\""));
    EXPECT_THAT(result.errors, Contains("'settings[4]' repeats setting key \"interval\""));
    EXPECT_THAT(result.errors, Contains("'events[1]' repeats \"contract.changed/1\""));
}

TEST(ManifestTest, CanonicalJsonSortsKeysAndDropsWhitespace) {
    EXPECT_EQ(host::loader::canonical_json("{ \"b\": [1, 2], \"a\": {\"d\": 1, \"c\": true} }"),
              R"({"a":{"c":true,"d":1},"b":[1,2]})");
}

}  // namespace
