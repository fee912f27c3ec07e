#include <gtest/gtest.h>

#include <algorithm>

#include "support/demo_data.h"
#include "support/kisi_target.h"

namespace kisi::client::integration {
namespace {

using namespace std::chrono;

Timestamp now_seconds() {
    return floor<seconds>(system_clock::now());
}

bool contains(const std::vector<RoleAssignment>& list, Id id) {
    return std::any_of(list.begin(), list.end(), [&](const auto& a) { return a.id == id; });
}

TEST(IntegrationRoleAssignments, GrantListUpdateRevoke) {
    auto kisi = connect();
    const auto found = find_group_with_doors(kisi);
    ASSERT_TRUE(found.has_value());
    const auto user = expect_ok(kisi.create_managed_user({unique_email("grant"), "Grace"}));

    NewGroupRoleAssignment grant;
    grant.user_id = user.id;
    grant.group_id = found->group.id;
    grant.validity = {now_seconds() - days{1}, now_seconds() + days{30}};
    const auto created = expect_ok(kisi.create_group_role_assignment(grant));
    EXPECT_EQ(created.role_id, "group_basic");
    EXPECT_EQ(created.applies_to_type, "Group");
    EXPECT_EQ(created.applies_to_id, found->group.id);
    EXPECT_EQ(created.assignee_type, "User");
    EXPECT_EQ(created.assignee_id, user.id);
    EXPECT_EQ(created.assignee_email, user.email);
    EXPECT_EQ(created.validity, grant.validity);

    EXPECT_TRUE(contains(expect_ok(kisi.list_group_role_assignments(found->group.id)), created.id));
    const auto& of_user = expect_ok(kisi.list_user_role_assignments(user.id));
    ASSERT_EQ(of_user.size(), 1u);
    EXPECT_EQ(of_user.front().id, created.id);

    RoleAssignmentUpdate update;
    update.validity = ValidityWindow{std::nullopt, now_seconds() + days{60}};
    expect_ok(kisi.update_role_assignment(created.id, update));
    const auto& after_update = expect_ok(kisi.list_user_role_assignments(user.id));
    ASSERT_EQ(after_update.size(), 1u);
    EXPECT_EQ(after_update.front().validity, *update.validity);

    expect_ok(kisi.delete_role_assignment(created.id));
    EXPECT_FALSE(
        contains(expect_ok(kisi.list_group_role_assignments(found->group.id)), created.id));
    EXPECT_TRUE(expect_ok(kisi.list_user_role_assignments(user.id)).empty());
    auto deleted_again = kisi.delete_role_assignment(created.id);
    ASSERT_FALSE(deleted_again.ok());
    EXPECT_EQ(deleted_again.error().kind, ErrorKind::not_found);

    expect_ok(kisi.delete_user(user.id));
}

TEST(IntegrationRoleAssignments, OneRolePerUserAndGroup) {
    auto kisi = connect();
    const auto found = find_group_with_doors(kisi);
    ASSERT_TRUE(found.has_value());
    const auto user = expect_ok(kisi.create_managed_user({unique_email("twice"), "Twice"}));
    NewGroupRoleAssignment grant;
    grant.user_id = user.id;
    grant.group_id = found->group.id;
    expect_ok(kisi.create_group_role_assignment(grant));
    auto again = kisi.create_group_role_assignment(grant);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().kind, ErrorKind::validation) << again.error().message;
    EXPECT_FALSE(again.error().transient());
    expect_ok(kisi.delete_user(user.id));
}

TEST(IntegrationRoleAssignments, UnknownGroupIsRefused) {
    auto kisi = connect();
    const auto user = expect_ok(kisi.create_managed_user({unique_email("nogroup"), "No Group"}));
    NewGroupRoleAssignment grant;
    grant.user_id = user.id;
    grant.group_id = 987654321;
    auto refused = kisi.create_group_role_assignment(grant);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::not_found) << refused.error().message;
    expect_ok(kisi.delete_user(user.id));
}

TEST(IntegrationRoleAssignments, DeletingAUserRemovesTheirAssignments) {
    auto kisi = connect();
    const auto found = find_group_with_doors(kisi);
    ASSERT_TRUE(found.has_value());
    const auto user = expect_ok(kisi.create_managed_user({unique_email("leaver"), "Leaver"}));
    NewGroupRoleAssignment grant;
    grant.user_id = user.id;
    grant.group_id = found->group.id;
    const auto created = expect_ok(kisi.create_group_role_assignment(grant));
    expect_ok(kisi.delete_user(user.id));
    EXPECT_FALSE(
        contains(expect_ok(kisi.list_group_role_assignments(found->group.id)), created.id));
}

}  // namespace
}  // namespace kisi::client::integration
