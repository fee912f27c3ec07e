#include <Poco/String.h>
#include <gtest/gtest.h>

#include <set>

#include "support/demo_data.h"
#include "support/kisi_target.h"

namespace kisi::client::integration {
namespace {

TEST(IntegrationUsers, ManagedUserLifecycle) {
    auto kisi = connect();
    const std::string email = unique_email("lifecycle");
    const auto created = expect_ok(kisi.create_managed_user({email, "Ada Parent"}));
    EXPECT_EQ(created.email, email);
    EXPECT_EQ(created.name, "Ada Parent");
    EXPECT_TRUE(created.access_enabled);

    const auto& found = expect_ok(kisi.find_user_by_email(Poco::toUpper(email)));
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->id, created.id);

    UserFilter by_email;
    by_email.email = email;
    const auto& filtered = expect_ok(kisi.list_users(by_email));
    ASSERT_EQ(filtered.size(), 1u);
    EXPECT_EQ(filtered.front().id, created.id);

    UserUpdate update;
    update.name = "Ada Lovelace";
    update.access_enabled = false;
    expect_ok(kisi.update_user(created.id, update));
    const auto& updated = expect_ok(kisi.get_user(created.id));
    EXPECT_EQ(updated.name, "Ada Lovelace");
    EXPECT_FALSE(updated.access_enabled);

    expect_ok(kisi.delete_user(created.id));
    auto gone = kisi.get_user(created.id);
    ASSERT_FALSE(gone.ok());
    EXPECT_EQ(gone.error().kind, ErrorKind::not_found);
    const auto& not_found = expect_ok(kisi.find_user_by_email(email));
    EXPECT_FALSE(not_found.has_value());
    auto deleted_again = kisi.delete_user(created.id);
    ASSERT_FALSE(deleted_again.ok());
    EXPECT_EQ(deleted_again.error().kind, ErrorKind::not_found);
}

TEST(IntegrationUsers, ADuplicateEmailIsAValidationError) {
    auto kisi = connect();
    const std::string email = unique_email("duplicate");
    const auto first = expect_ok(kisi.create_managed_user({email, "First"}));
    auto second = kisi.create_managed_user({Poco::toUpper(email), "Second"});
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().kind, ErrorKind::validation);
    EXPECT_EQ(second.error().http_status, 422);
    EXPECT_TRUE(second.error().field_errors.count("email")) << second.error().message;
    expect_ok(kisi.delete_user(first.id));
}

TEST(IntegrationUsers, UnknownUserEmailIsNotFound) {
    auto kisi = connect();
    const auto& none = expect_ok(kisi.find_user_by_email(unique_email("nobody")));
    EXPECT_FALSE(none.has_value());
}

// More users and assignments than one page holds, so that both lists page.
TEST(IntegrationUsers, BulkPagingReadsEveryPage) {
    auto kisi = connect();
    const auto found = find_group_with_doors(kisi);
    ASSERT_TRUE(found.has_value());
    std::set<Id> created;
    for (int i = 0; i < 251; ++i) {
        const auto user = expect_ok(kisi.create_managed_user({unique_email("bulk"), "Bulk"}));
        created.insert(user.id);
        NewGroupRoleAssignment assignment;
        assignment.user_id = user.id;
        assignment.group_id = found->group.id;
        expect_ok(kisi.create_group_role_assignment(assignment));
    }

    const auto& users = expect_ok(kisi.list_users());
    std::set<Id> listed;
    for (const auto& user : users)
        EXPECT_TRUE(listed.insert(user.id).second) << "twice: " << user.id;
    for (const Id id : created) EXPECT_TRUE(listed.count(id)) << id;

    const auto& assignments = expect_ok(kisi.list_group_role_assignments(found->group.id));
    std::set<Id> assigned;
    std::set<Id> assignees;
    for (const auto& assignment : assignments) {
        EXPECT_TRUE(assigned.insert(assignment.id).second) << "twice: " << assignment.id;
        assignees.insert(assignment.assignee_id);
    }
    for (const Id id : created) EXPECT_TRUE(assignees.count(id)) << "no assignment for " << id;

    for (const Id id : created) expect_ok(kisi.delete_user(id));
}

}  // namespace
}  // namespace kisi::client::integration
