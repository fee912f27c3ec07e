#include <gtest/gtest.h>

#include "support/demo_data.h"
#include "support/kisi_target.h"

namespace kisi::client::integration {
namespace {

TEST(IntegrationConnection, VerifyingTheKeyNamesTheOrganization) {
    auto kisi = connect();
    const auto& me = expect_ok(kisi.fetch_current_user());
    EXPECT_GT(me.id, 0);
    EXPECT_FALSE(me.email.empty());
    ASSERT_TRUE(me.organization.has_value());
    EXPECT_EQ(me.organization->id, me.organization_id);
    EXPECT_FALSE(me.organization->name.empty());
}

TEST(IntegrationConnection, AWrongKeyIsAnAuthenticationError) {
    const std::string wrong_key = "not-a-kisi-key-" + unique_email("k");
    auto kisi = connect(wrong_key);
    auto me = kisi.fetch_current_user();
    ASSERT_FALSE(me.ok());
    EXPECT_EQ(me.error().kind, ErrorKind::authentication);
    EXPECT_EQ(me.error().http_status, 401);
    EXPECT_EQ(me.error().message.find(wrong_key), std::string::npos) << me.error().message;
}

}  // namespace
}  // namespace kisi::client::integration
