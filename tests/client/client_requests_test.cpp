#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

#include "support/client_harness.h"
#include "support/kisi_samples.h"

namespace kisi::client {
namespace {

namespace samples = testing::samples;
using testing::ClientHarness;
using namespace std::chrono;

Poco::JSON::Object::Ptr json(const std::string& body) {
    return Poco::JSON::Parser().parse(body).extract<Poco::JSON::Object::Ptr>();
}

TEST(ClientRequests, EveryRequestCarriesKisisHeaders) {
    auto config = testing::test_config();
    config.identity = {"Acme Childcare", "integrations@acme.example"};
    ClientHarness kisi(config);
    kisi.transport->respond(200, samples::kCurrentUser);
    ASSERT_TRUE(kisi->fetch_current_user().ok());
    const auto request = kisi.transport->requests().at(0);
    EXPECT_EQ(find_header(request.headers, "Authorization"),
              std::string("KISI-LOGIN ") + testing::kTestKey);
    EXPECT_EQ(find_header(request.headers, "Accept"), "application/json");
    EXPECT_EQ(find_header(request.headers, "Content-Type"), "application/json");
    EXPECT_EQ(find_header(request.headers, "X-Kisi-Integration-Identifier"), "Acme Childcare");
    EXPECT_EQ(find_header(request.headers, "X-Kisi-Integration-Contact"),
              "integrations@acme.example");
    EXPECT_EQ(find_header(request.headers, "User-Agent"),
              "kisi-childcare-plugin/" + std::string(client_version()));
}

TEST(ClientRequests, ContactHeaderOnlyWhenConfigured) {
    ClientHarness kisi;
    kisi.transport->respond(200, samples::kCurrentUser);
    ASSERT_TRUE(kisi->fetch_current_user().ok());
    const auto request = kisi.transport->requests().at(0);
    EXPECT_TRUE(find_header(request.headers, "X-Kisi-Integration-Identifier").has_value());
    EXPECT_FALSE(find_header(request.headers, "X-Kisi-Integration-Contact").has_value());
}

TEST(ClientRequests, VerifyingTheKeyFetchesTheCurrentUser) {
    ClientHarness kisi;
    kisi.transport->respond(200, samples::kCurrentUser);
    auto me = kisi->fetch_current_user();
    ASSERT_TRUE(me.ok());
    EXPECT_EQ(me->organization->name, "Acme");
    const auto request = kisi.transport->requests().at(0);
    EXPECT_EQ(request.method, HttpMethod::get);
    EXPECT_EQ(request.target, "/user");
}

TEST(ClientRequests, SingleObjectReads) {
    ClientHarness kisi;
    kisi.transport->respond(200, samples::kPlaceFull)
        .respond(200, samples::kGroup)
        .respond(200, samples::kLockFull)
        .respond(200, samples::kUser);
    EXPECT_EQ(kisi->get_place(4567)->name, "HQ");
    EXPECT_EQ(kisi->get_group(45274)->name, "Tenant 4B");
    EXPECT_EQ(kisi->get_lock(16721)->name, "Front door");
    EXPECT_EQ(kisi->get_user(55)->email, "member@example.com");
    const auto requests = kisi.transport->requests();
    EXPECT_EQ(requests[0].target, "/places/4567");
    EXPECT_EQ(requests[1].target, "/groups/45274");
    EXPECT_EQ(requests[2].target, "/locks/16721");
    EXPECT_EQ(requests[3].target, "/users/55");
    for (const auto& request : requests) EXPECT_EQ(request.method, HttpMethod::get);
}

TEST(ClientRequests, OrganizationWideListsSendNoPlaceFilter) {
    ClientHarness kisi;
    kisi.transport->respond(200, "[]").respond(200, "[]");
    ASSERT_TRUE(kisi->list_groups().ok());
    ASSERT_TRUE(kisi->list_locks().ok());
    EXPECT_EQ(kisi.transport->requests()[0].target, "/groups?limit=250&offset=0");
    EXPECT_EQ(kisi.transport->requests()[1].target, "/locks?limit=250&offset=0");
}

TEST(ClientRequests, Unlock) {
    ClientHarness kisi;
    kisi.transport->respond(200, samples::kUnlocked);
    auto unlocked = kisi->unlock_lock(16721);
    ASSERT_TRUE(unlocked.ok());
    EXPECT_EQ(unlocked->message, "Unlocked!");
    const auto request = kisi.transport->requests().at(0);
    EXPECT_EQ(request.method, HttpMethod::post);
    EXPECT_EQ(request.target, "/locks/16721/unlock");
    EXPECT_EQ(request.body, "{}");
}

TEST(ClientRequests, FindUserByEmailMatchesExactlyIgnoringCase) {
    ClientHarness kisi;
    kisi.transport->respond(
        200, R"([{"id":1,"email":"member@example.com.au"},{"id":55,"email":"member@example.com"}])",
        {{"X-Collection-Range", "0-99/2"}});
    auto found = kisi->find_user_by_email("Member+kids@Example.com");
    ASSERT_TRUE(found.ok());
    EXPECT_FALSE(found->has_value());
    EXPECT_EQ(kisi.transport->requests()[0].target,
              "/users?email=Member%2Bkids%40Example.com&limit=100&offset=0");

    ClientHarness again;
    again.transport->respond(
        200,
        R"([{"id":1,"email":"member@example.com.au"},{"id":55,"email":"member@example.com"}])");
    auto match = again->find_user_by_email("MEMBER@example.COM");
    ASSERT_TRUE(match.ok());
    ASSERT_TRUE(match->has_value());
    EXPECT_EQ(match->value().id, 55);
}

TEST(ClientRequests, UserFilters) {
    ClientHarness kisi;
    kisi.transport->respond(200, "[]");
    UserFilter filter;
    filter.query = "ann lee";
    filter.group_id = 7;
    filter.place_id = 8;
    ASSERT_TRUE(kisi->list_users(filter).ok());
    EXPECT_EQ(kisi.transport->requests()[0].target,
              "/users?query=ann%20lee&group_id=7&place_id=8&limit=100&offset=0");
}

TEST(ClientRequests, CreateManagedUser) {
    ClientHarness kisi;
    kisi.transport->respond(200, samples::kUser);
    auto user = kisi->create_managed_user({"member@example.com", "Member Name"});
    ASSERT_TRUE(user.ok());
    EXPECT_EQ(user->id, 55);
    const auto request = kisi.transport->requests().at(0);
    EXPECT_EQ(request.method, HttpMethod::post);
    EXPECT_EQ(request.target, "/users");
    const auto body = json(request.body)->getObject("user");
    EXPECT_EQ(body->getValue<std::string>("email"), "member@example.com");
    EXPECT_EQ(body->getValue<std::string>("name"), "Member Name");
    EXPECT_FALSE(body->getValue<bool>("send_emails"));
    EXPECT_TRUE(body->getValue<bool>("confirm"));
}

TEST(ClientRequests, UpdateAndDeleteUserAnswer204) {
    ClientHarness kisi;
    kisi.transport->respond(204).respond(204);
    UserUpdate update;
    update.access_enabled = false;
    EXPECT_TRUE(kisi->update_user(55, update).ok());
    EXPECT_TRUE(kisi->delete_user(55).ok());
    const auto requests = kisi.transport->requests();
    EXPECT_EQ(requests[0].method, HttpMethod::patch);
    EXPECT_EQ(requests[0].target, "/users/55");
    EXPECT_EQ(requests[0].body, R"({"user":{"access_enabled":false}})");
    EXPECT_EQ(requests[1].method, HttpMethod::del);
    EXPECT_EQ(requests[1].target, "/users/55");
    EXPECT_TRUE(requests[1].body.empty());
}

TEST(ClientRequests, CreateRoleAssignmentUsesTheCurrentForm) {
    ClientHarness kisi;
    kisi.transport->respond(200, samples::kRoleAssignment);
    NewGroupRoleAssignment assignment;
    assignment.user_id = 55;
    assignment.group_id = 45274;
    assignment.validity.from = sys_days{2024y / September / 1} + 4h;
    auto created = kisi->create_group_role_assignment(assignment);
    ASSERT_TRUE(created.ok()) << created.error().message;
    EXPECT_EQ(created->id, 777);

    const auto request = kisi.transport->requests().at(0);
    EXPECT_EQ(request.method, HttpMethod::post);
    EXPECT_EQ(request.target, "/role_assignments");
    const auto body = json(request.body)->getObject("role_assignment");
    EXPECT_EQ(body->getValue<std::string>("applies_to_type"), "Group");
    EXPECT_EQ(body->getValue<Id>("applies_to_id"), 45274);
    EXPECT_EQ(body->getValue<std::string>("assignee_type"), "User");
    EXPECT_EQ(body->getValue<Id>("assignee_id"), 55);
    EXPECT_EQ(body->getValue<std::string>("role_id"), "group_basic");
    EXPECT_EQ(body->getValue<std::string>("valid_from"), "2024-09-01T04:00:00Z");
    EXPECT_TRUE(body->isNull("valid_until"));
    for (const char* deprecated : {"user_id", "group_id", "place_id", "organization_id"}) {
        EXPECT_FALSE(body->has(deprecated)) << deprecated;
    }
}

TEST(ClientRequests, UpdateAndDeleteRoleAssignment) {
    ClientHarness kisi;
    kisi.transport->respond(204).respond(204);
    RoleAssignmentUpdate update;
    update.validity = ValidityWindow{std::nullopt, sys_days{2025y / June / 30} + 23h + 59min};
    EXPECT_TRUE(kisi->update_role_assignment(777, update).ok());
    EXPECT_TRUE(kisi->delete_role_assignment(777).ok());
    const auto requests = kisi.transport->requests();
    EXPECT_EQ(requests[0].method, HttpMethod::patch);
    EXPECT_EQ(requests[0].target, "/role_assignments/777");
    EXPECT_EQ(requests[0].body,
              R"({"role_assignment":{"valid_from":null,"valid_until":"2025-06-30T23:59:00Z"}})");
    EXPECT_EQ(requests[1].method, HttpMethod::del);
    EXPECT_EQ(requests[1].target, "/role_assignments/777");
}

TEST(ClientRequests, CreateDeviceLoginOnBehalfOfAManagedUser) {
    ClientHarness kisi;
    kisi.transport->respond(200, samples::kLogin);
    auto login = kisi->create_device_login({"member@example.com", "Childcare app"});
    ASSERT_TRUE(login.ok());
    EXPECT_EQ(login->secret, "login-secret-0f9e8d7c");
    const auto request = kisi.transport->requests().at(0);
    EXPECT_EQ(request.method, HttpMethod::post);
    EXPECT_EQ(request.target, "/logins");
    const auto body = json(request.body);
    const auto inner = body->getObject("login");
    EXPECT_EQ(inner->getValue<std::string>("type"), "device");
    EXPECT_EQ(inner->getValue<std::string>("email"), "member@example.com");
    EXPECT_FALSE(inner->getValue<bool>("expire"));
    EXPECT_TRUE(body->has("user"));
}

}  // namespace
}  // namespace kisi::client
