// The JSON Schemas in host-api/schemas parse and are closed (draft-07, no extra members).
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

Poco::JSON::Object::Ptr load_schema(const std::string& name) {
    std::ifstream in(std::filesystem::path(HOST_API_SCHEMA_DIR) / name);
    EXPECT_TRUE(in) << name;
    std::stringstream text;
    text << in.rdbuf();
    Poco::JSON::Parser parser;
    return parser.parse(text.str()).extract<Poco::JSON::Object::Ptr>();
}

// Every object schema with "properties" also says additionalProperties: false.
void expect_closed(const Poco::JSON::Object::Ptr& schema, const std::string& path) {
    if (schema->has("properties") && schema->getValue<std::string>("type") == "object") {
        EXPECT_TRUE(schema->has("additionalProperties") &&
                    !schema->getValue<bool>("additionalProperties"))
            << path << " is not closed";
    }
    for (const auto& [key, value] : *schema) {
        if (value.type() == typeid(Poco::JSON::Object::Ptr)) {
            expect_closed(value.extract<Poco::JSON::Object::Ptr>(), path + "/" + key);
        }
    }
}

class SchemaTest : public testing::TestWithParam<std::string> {};

TEST_P(SchemaTest, ParsesAsAClosedDraft07Schema) {
    auto schema = load_schema(GetParam());
    EXPECT_EQ(schema->getValue<std::string>("$schema"), "http://json-schema.org/draft-07/schema#");
    EXPECT_FALSE(schema->getValue<bool>("additionalProperties"));
    expect_closed(schema, GetParam());
}

INSTANTIATE_TEST_SUITE_P(HostApi, SchemaTest,
                         testing::Values("manifest.schema.json", "ui-document.schema.json"));

TEST(ManifestSchemaTest, SettingTypesAreAClosedSet) {
    auto setting =
        load_schema("manifest.schema.json")->getObject("definitions")->getObject("setting");
    auto types = setting->getObject("properties")->getObject("type")->getArray("enum");
    std::vector<std::string> names;
    for (const auto& type : *types) names.push_back(type.extract<std::string>());
    EXPECT_EQ(names, (std::vector<std::string>{"bool", "integer", "number", "text", "url", "email",
                                               "select", "secret"}));
}

}  // namespace
