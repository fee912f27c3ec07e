#include <sdk/reply.hpp>

#include <gtest/gtest.h>

namespace {

TEST(ReplyTest, OkCarriesTheDocument) {
    sdk::json::Object document = sdk::json::object();
    document->set("a", 1);
    sdk::Reply reply = sdk::Reply::ok(document);
    EXPECT_EQ(reply.status(), HP_OK);
    EXPECT_EQ(reply.json(), R"({"a":1})");
    EXPECT_TRUE(reply.message().empty());
}

TEST(ReplyTest, ActionResultsMapToStatusesAndTheActionAnswer) {
    sdk::Reply ok = sdk::ActionResult::ok("Saved");
    EXPECT_EQ(ok.status(), HP_OK);
    EXPECT_EQ(ok.json(), R"({"message":"Saved","ok":true})");

    sdk::Reply invalid =
        sdk::ActionResult::ok("Saved").field_error("api_key", "Kisi refused this key");
    EXPECT_EQ(invalid.status(), HP_E_INVALID_ARGUMENT);
    EXPECT_EQ(invalid.message(), "Saved");
    EXPECT_EQ(
        invalid.json(),
        R"({"field_errors":{"api_key":"Kisi refused this key"},"message":"Saved","ok":false})");

    EXPECT_EQ(sdk::Reply(sdk::ActionResult::conflict("Place already mapped")).status(),
              HP_E_CONFLICT);
    EXPECT_EQ(sdk::Reply(sdk::ActionResult::upstream("Kisi said no")).status(), HP_E_UPSTREAM);
    EXPECT_EQ(sdk::Reply(sdk::ActionResult::unavailable("Kisi is down")).status(),
              HP_E_UNAVAILABLE);
    EXPECT_EQ(sdk::Reply(sdk::ActionResult::forbidden("Not yours")).status(), HP_E_FORBIDDEN);
    EXPECT_EQ(sdk::Reply(sdk::ActionResult::not_found("No such place")).status(), HP_E_NOT_FOUND);
}

}  // namespace
