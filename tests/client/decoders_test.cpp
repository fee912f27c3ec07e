#include "kisi/client/decoders.h"

#include <gtest/gtest.h>

#include "support/client_harness.h"
#include "support/kisi_samples.h"

namespace kisi::client {
namespace {

namespace samples = testing::samples;
using testing::json_array;
using namespace std::chrono;

template <class T>
T decoded(std::string_view json) {
    auto result = decode_object<T>(json);
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().message);
    return result.ok() ? std::move(result).value() : T{};
}

TEST(Decoders, CurrentUserNamesTheOrganization) {
    const auto user = decoded<CurrentUser>(samples::kCurrentUser);
    EXPECT_EQ(user.id, 1);
    EXPECT_EQ(user.email, "admin@example.com");
    EXPECT_EQ(user.organization_id, 1234);
    ASSERT_TRUE(user.organization.has_value());
    EXPECT_EQ(user.organization->name, "Acme");
    EXPECT_EQ(user.organization->domain, "acme");
}

TEST(Decoders, PlacesInBothForms) {
    auto places = decode_array<Place>(json_array(samples::kPlaceFull, samples::kPlaceShort));
    ASSERT_TRUE(places.ok()) << places.error().message;
    ASSERT_EQ(places->size(), 2u);
    const auto& full = places.value()[0];
    EXPECT_EQ(full.id, 4567);
    EXPECT_EQ(full.name, "HQ");
    EXPECT_FALSE(full.description.has_value());
    EXPECT_EQ(full.time_zone, "America/New_York");
    EXPECT_EQ(full.organization_id, 1234);
    EXPECT_EQ(full.locks_count, 3);
    const auto& brief = places.value()[1];
    EXPECT_EQ(brief.description, "Side building");
    EXPECT_FALSE(brief.time_zone.has_value());
    EXPECT_FALSE(brief.organization_id.has_value());
}

TEST(Decoders, GroupsOfAPlaceAndOfTheOrganization) {
    const auto group = decoded<Group>(samples::kGroup);
    EXPECT_EQ(group.id, 45274);
    EXPECT_EQ(group.place_id, 4567);
    EXPECT_EQ(group.locks_count, 1);
    EXPECT_EQ(group.users_count, 2);
    const auto organization_group = decoded<Group>(samples::kOrganizationGroup);
    EXPECT_FALSE(organization_group.place_id.has_value());
    EXPECT_FALSE(organization_group.description.has_value());
}

TEST(Decoders, GroupLock) {
    const auto group_lock = decoded<GroupLock>(samples::kGroupLock);
    EXPECT_EQ(group_lock.id, 900);
    EXPECT_EQ(group_lock.group_id, 45274);
    EXPECT_EQ(group_lock.lock_id, 16721);
    EXPECT_EQ(group_lock.lock_name, "Front door");
    EXPECT_EQ(group_lock.place_id, 4567);
}

TEST(Decoders, LocksInBothForms) {
    const auto full = decoded<Lock>(samples::kLockFull);
    EXPECT_EQ(full.id, 16721);
    EXPECT_EQ(full.name, "Front door");
    EXPECT_EQ(full.place_id, 4567);
    EXPECT_EQ(full.place_name, "HQ");
    EXPECT_EQ(full.online, true);
    EXPECT_FALSE(full.locked_down);
    const auto brief = decoded<Lock>(samples::kLockShort);
    EXPECT_EQ(brief.description, "Back");
    EXPECT_FALSE(brief.online.has_value());
    EXPECT_TRUE(brief.locked_down);
}

TEST(Decoders, User) {
    const auto user = decoded<User>(samples::kUser);
    EXPECT_EQ(user.id, 55);
    EXPECT_EQ(user.email, "member@example.com");
    EXPECT_EQ(user.name, "Member Name");
    EXPECT_TRUE(user.access_enabled);
    EXPECT_EQ(user.organization_id, 1234);
}

TEST(Decoders, RoleAssignmentWithAndWithoutValidity) {
    const auto bounded = decoded<RoleAssignment>(samples::kRoleAssignment);
    EXPECT_EQ(bounded.id, 777);
    EXPECT_EQ(bounded.role_id, "group_basic");
    EXPECT_EQ(bounded.applies_to_type, "Group");
    EXPECT_EQ(bounded.applies_to_id, 45274);
    EXPECT_EQ(bounded.assignee_type, "User");
    EXPECT_EQ(bounded.assignee_id, 55);
    EXPECT_EQ(bounded.assignee_email, "member@example.com");
    EXPECT_EQ(bounded.validity.from, sys_days{2023y / May / 24} + 14h + 15min + 22s);
    EXPECT_EQ(bounded.validity.until, sys_days{2023y / May / 25} + 12h + 15min + 22s);
    EXPECT_EQ(bounded.created_by_type, "User");
    EXPECT_EQ(bounded.created_by_id, 1);

    const auto open = decoded<RoleAssignment>(samples::kOpenRoleAssignment);
    EXPECT_EQ(open.validity, ValidityWindow{});
    EXPECT_FALSE(open.created_by_type.has_value());
}

TEST(Decoders, LoginCarriesItsSecret) {
    const auto login = decoded<Login>(samples::kLogin);
    EXPECT_EQ(login.id, 101);
    EXPECT_EQ(login.type, "device");
    EXPECT_EQ(login.user_id, 55);
    EXPECT_EQ(login.secret, "login-secret-0f9e8d7c");
}

TEST(Decoders, UnlockMessage) {
    EXPECT_EQ(decoded<UnlockResult>(samples::kUnlocked).message, "Unlocked!");
}

TEST(Decoders, EmptyArray) {
    auto none = decode_array<RoleAssignment>("[]");
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->empty());
}

void expect_undecodable(const Result<std::vector<User>>& result, std::string_view mention) {
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ErrorKind::undecodable);
    EXPECT_NE(result.error().message.find(mention), std::string::npos) << result.error().message;
}

TEST(Decoders, WrongTypesAreUndecodable) {
    expect_undecodable(decode_array<User>(R"([{"id":"55","email":"a@b.c"}])"), "\"id\"");
    expect_undecodable(decode_array<User>(R"([{"id":55.5,"email":"a@b.c"}])"), "\"id\"");
    expect_undecodable(decode_array<User>(R"([{"id":true,"email":"a@b.c"}])"), "\"id\"");
    expect_undecodable(decode_array<User>(R"([{"id":55,"email":7}])"), "\"email\"");
    expect_undecodable(decode_array<User>(R"([{"id":55,"email":"a@b.c","access_enabled":"yes"}])"),
                       "\"access_enabled\"");
    expect_undecodable(decode_array<User>(R"([{"id":55,"email":"a@b.c","name":["x"]}])"),
                       "\"name\"");
    expect_undecodable(decode_array<User>(R"([{"id":55}])"), "\"email\" is missing");
    expect_undecodable(decode_array<User>(R"([{"id":55,"email":"a@b.c"},{"id":56}])"), "item 1");
    expect_undecodable(decode_array<User>(R"([{"id":18446744073709551615,"email":"a@b.c"}])"),
                       "\"id\"");
    expect_undecodable(decode_array<User>(R"([7])"), "item 0");
    expect_undecodable(decode_array<User>(R"({"id":55,"email":"a@b.c"})"), "not a JSON array");

    auto bad_date = decode_object<RoleAssignment>(R"({"id":1,"role_id":"group_basic",
        "applies_to_type":"Group","applies_to_id":2,"assignee_type":"User","assignee_id":3,
        "valid_from":"tomorrow"})");
    ASSERT_FALSE(bad_date.ok());
    EXPECT_NE(bad_date.error().message.find("valid_from"), std::string::npos);

    auto no_secret = decode_object<Login>(R"({"id":1,"type":"device","user_id":2,"secret":""})");
    ASSERT_FALSE(no_secret.ok());
    EXPECT_EQ(no_secret.error().kind, ErrorKind::undecodable);

    auto no_organization = decode_object<CurrentUser>(R"({"id":1,"email":"a@b.c"})");
    ASSERT_FALSE(no_organization.ok());
}

TEST(Decoders, MalformedAndHostileJsonIsUndecodable) {
    const std::string deep_array = std::string(100000, '[') + std::string(100000, ']');
    const std::string deep_object = [] {
        std::string s;
        for (int i = 0; i < 5000; ++i) s += "{\"a\":";
        s += "1";
        for (int i = 0; i < 5000; ++i) s += "}";
        return s;
    }();
    const std::string huge(kMaxResponseBytes + 1, ' ');
    const std::string long_string = "[{\"id\":1,\"email\":\"" + std::string(1 << 20, 'x') + "\"}]";
    for (const std::string& body :
         {std::string(""), std::string("null"), std::string("<html>502 Bad Gateway</html>"),
          std::string("[{\"id\":1,"), std::string("[{\"id\":1}]]"), std::string("\xff\xfe[]"),
          std::string("[1e99999]"), std::string("[{\"id\":1e400,\"email\":\"a\"}]"),
          std::string("[\"\\ud800\"]"), std::string("[{\"id\":1,\"email\":\"a\",\"id\":\"x\"}]"),
          std::string("[{\"id\":-0,\"email\":\"a\\u0000b\"},{}]"), deep_array, deep_object, huge,
          std::string("[{\"id\":00012,\"email\":\"a\"}]"),
          std::string("[{\"id\":1,\"email\":\"a\"},]")}) {
        auto result = decode_array<User>(body);
        if (!result.ok()) {
            EXPECT_EQ(result.error().kind, ErrorKind::undecodable);
        }
    }
    auto fine = decode_array<User>(long_string);
    ASSERT_TRUE(fine.ok());
    EXPECT_EQ(fine.value()[0].email.size(), 1u << 20);

    EXPECT_FALSE(decode_array<User>(deep_array).ok());
    EXPECT_FALSE(decode_array<User>(huge).ok());
    EXPECT_FALSE(decode_object<User>(deep_object).ok());
}

TEST(Decoders, ErrorBodies) {
    auto single = decode_error_body(R"({"code":"000404","error":"The endpoint does not exist."})");
    ASSERT_TRUE(single.has_value());
    EXPECT_EQ(single->code, "000404");
    EXPECT_EQ(single->message, "The endpoint does not exist.");

    auto fields = decode_error_body(
        R"({"errors":{"email":["can't be blank or invalid"],"password":["can't be blank","too short"]}})");
    ASSERT_TRUE(fields.has_value());
    EXPECT_EQ(fields->field_errors.at("email"),
              std::vector<std::string>{"can't be blank or invalid"});
    EXPECT_EQ(fields->field_errors.at("password").size(), 2u);

    auto oauth = decode_error_body(R"({"error":"invalid_grant","error_description":"expired"})");
    ASSERT_TRUE(oauth.has_value());
    EXPECT_EQ(oauth->message, "invalid_grant");

    for (const char* body : {"", "[]", "{}", "{\"code\":5}", "<html></html>", "{\"errors\":7}"}) {
        EXPECT_FALSE(decode_error_body(body).has_value()) << body;
    }
}

}  // namespace
}  // namespace kisi::client
