#include <gtest/gtest.h>

#include "support/demo_data.h"
#include "support/kisi_target.h"

namespace kisi::client::integration {
namespace {

using namespace std::chrono;

TEST(IntegrationUnlock, AdminUnlocksADoor) {
    auto kisi = connect();
    const auto found = find_group_with_doors(kisi);
    ASSERT_TRUE(found.has_value());
    const auto& unlocked = expect_ok(kisi.unlock_lock(found->doors.front().lock_id));
    EXPECT_EQ(unlocked.message, "Unlocked!");
}

TEST(IntegrationUnlock, AManagedUserUnlocksOnlyTheDoorsOfTheirValidAssignment) {
    auto admin = connect();
    const auto found = find_group_with_doors(admin);
    ASSERT_TRUE(found.has_value());
    const auto parent =
        expect_ok(admin.create_managed_user({unique_email("parent"), "Pat Parent"}));
    NewGroupRoleAssignment grant;
    grant.user_id = parent.id;
    grant.group_id = found->group.id;
    const auto now = floor<seconds>(system_clock::now());
    grant.validity = {now - hours{1}, now + days{1}};
    const auto assignment = expect_ok(admin.create_group_role_assignment(grant));

    const auto login = expect_ok(admin.create_device_login({parent.email, "Childcare app"}));
    EXPECT_EQ(login.user_id, parent.id);
    ASSERT_FALSE(login.secret.empty());

    auto as_parent = connect(login.secret);
    const auto& opened = expect_ok(as_parent.unlock_lock(found->doors.front().lock_id));
    EXPECT_EQ(opened.message, "Unlocked!");

    auto elsewhere = as_parent.unlock_lock(found->other_door.id);
    ASSERT_FALSE(elsewhere.ok());
    EXPECT_EQ(elsewhere.error().kind, ErrorKind::forbidden) << elsewhere.error().message;
    EXPECT_EQ(elsewhere.error().message.find(login.secret), std::string::npos);

    // Access that begins tomorrow does not open the door today.
    RoleAssignmentUpdate later;
    later.validity = ValidityWindow{now + days{1}, now + days{2}};
    expect_ok(admin.update_role_assignment(assignment.id, later));
    auto too_early = as_parent.unlock_lock(found->doors.front().lock_id);
    ASSERT_FALSE(too_early.ok());
    EXPECT_EQ(too_early.error().kind, ErrorKind::forbidden);
    EXPECT_FALSE(too_early.error().kisi_code.empty());

    expect_ok(admin.delete_user(parent.id));
}

TEST(IntegrationUnlock, OnlyManagedUsersGetLoginsOnTheirBehalf) {
    auto admin = connect();
    auto login = admin.create_device_login({unique_email("stranger"), "Childcare app"});
    ASSERT_FALSE(login.ok());
    EXPECT_EQ(login.error().kind, ErrorKind::not_found) << login.error().message;
}

}  // namespace
}  // namespace kisi::client::integration
