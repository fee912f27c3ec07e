#include <sdk/json.hpp>
#include <sdk/result.hpp>

#include <gtest/gtest.h>

namespace {

using namespace sdk::json;

// The status of the sdk::Error that `body` throws.
template <class Body>
hp_status thrown_status(Body body) {
    try {
        body();
    } catch (const sdk::Error& e) {
        return e.status();
    }
    return HP_OK;
}

TEST(JsonTest, ReadsOptionalAndRequiredMembers) {
    Object object = parse_object(
        R"({"s": "x", "i": 42, "si": "43", "d": 1.5, "b": true, "n": null, "o": {}, "a": []})");
    EXPECT_EQ(get_string(object, "s"), "x");
    EXPECT_EQ(get_int(object, "i"), 42);
    EXPECT_EQ(get_int(object, "si"), 43);
    EXPECT_EQ(get_number(object, "d"), 1.5);
    EXPECT_EQ(get_bool(object, "b"), true);
    EXPECT_EQ(get_string(object, "n"), std::nullopt);
    EXPECT_EQ(get_string(object, "missing"), std::nullopt);
    EXPECT_FALSE(get_object(object, "o").isNull());
    EXPECT_FALSE(get_array(object, "a").isNull());
    EXPECT_TRUE(get_object(object, "missing").isNull());
    EXPECT_EQ(require_string(object, "s"), "x");
    EXPECT_EQ(require_int(object, "i"), 42);
}

TEST(JsonTest, BadInputIsAnInvalidArgument) {
    EXPECT_EQ(thrown_status([] { parse_object("{"); }), HP_E_INVALID_ARGUMENT);
    EXPECT_EQ(thrown_status([] { parse_object("[]"); }), HP_E_INVALID_ARGUMENT);
    EXPECT_EQ(thrown_status([] { parse_array("{}"); }), HP_E_INVALID_ARGUMENT);
    Object object = parse_object(R"({"s": 1, "i": "x1"})");
    EXPECT_EQ(thrown_status([&] { get_string(object, "s"); }), HP_E_INVALID_ARGUMENT);
    EXPECT_EQ(thrown_status([&] { get_int(object, "i"); }), HP_E_INVALID_ARGUMENT);
    try {
        require_string(object, "name");
        FAIL() << "no exception";
    } catch (const sdk::Error& e) {
        EXPECT_STREQ(e.what(), "missing field 'name'");
    }
}

TEST(JsonTest, CloneIsDeep) {
    Object original = parse_object(R"({"inner": {"list": [1]}})");
    Object copy = clone(original);
    get_array(get_object(copy, "inner"), "list")->add(2);
    EXPECT_EQ(stringify(original), R"({"inner":{"list":[1]}})");
    EXPECT_EQ(stringify(copy), R"({"inner":{"list":[1,2]}})");
}

TEST(JsonTest, KeepsUtf8) {
    Object object = parse_object(R"({"name": "Zoë – Kita Sonnenschein"})");
    EXPECT_EQ(get_string(object, "name"), "Zoë – Kita Sonnenschein");
    EXPECT_EQ(parse_object(stringify(object))->getValue<std::string>("name"),
              "Zoë – Kita Sonnenschein");
}

}  // namespace
