#include "kisi/store/store.hpp"

#include "support/temp_dir.hpp"

#include <gtest/gtest.h>

namespace kisi::store {
namespace {

constexpr std::int64_t t0 = 1'700'000'000'000;
constexpr std::int64_t day = 86'400'000;

class PeopleRepos : public ::testing::Test {
  protected:
    test::TempDir dir;
    std::unique_ptr<Store> store = Store::open(dir.path(), t0);
};

TEST_F(PeopleRepos, StaffGroupDistinguishesClearedFromUnset) {
    EXPECT_FALSE(store->staff_groups.get(4));
    store->staff_groups.set({4, 11, t0});
    EXPECT_EQ(store->staff_groups.get(4)->group_id, 11);
    store->staff_groups.set({4, std::nullopt, t0 + 1});
    auto cleared = store->staff_groups.get(4);
    ASSERT_TRUE(cleared);
    EXPECT_FALSE(cleared->group_id);
    EXPECT_EQ(cleared->updated_at, t0 + 1);
    store->staff_groups.remove(4);
    EXPECT_FALSE(store->staff_groups.get(4));
}

TEST_F(PeopleRepos, UserLinksPerPersonWithTheirLogin) {
    PersonRef adult{PersonKind::adult, 5};
    PersonRef employee{PersonKind::employee, 5};
    store->user_links.save({adult, 555, "a@example.com", true, std::nullopt, std::nullopt, t0});
    store->user_links.save({employee, 555, "a@example.com", false, std::nullopt, std::nullopt, t0});
    EXPECT_EQ(store->user_links.by_kisi_user(555).size(), 2u);
    EXPECT_TRUE(store->user_links.get(adult)->created_by_plugin);
    EXPECT_FALSE(store->user_links.get(employee)->created_by_plugin);

    store->user_links.set_login(adult, 77, "login/adult/5");
    auto link = store->user_links.get(adult);
    EXPECT_EQ(link->login_id, 77);
    EXPECT_EQ(link->login_secret_ref, "login/adult/5");
    EXPECT_FALSE(store->user_links.get(employee)->login_id);
    store->user_links.clear_login(adult);
    EXPECT_FALSE(store->user_links.get(adult)->login_secret_ref);

    store->user_links.remove(employee);
    EXPECT_EQ(store->user_links.all().size(), 1u);
}

TEST_F(PeopleRepos, LedgerAnswersWhichAssignmentsAreValidNow) {
    PersonRef adult{PersonKind::adult, 5};
    store->ledger.record({900, 555, 10, adult, t0, t0 + 10 * day, t0, t0});
    store->ledger.record({901, 555, 11, adult, t0 + 5 * day, std::nullopt, t0, t0});
    store->ledger.record({902, 555, 12, adult, std::nullopt, std::nullopt, t0, t0});
    store->ledger.record(
        {903, 666, 10, {PersonKind::adult, 6}, std::nullopt, std::nullopt, t0, t0});

    auto ids = [](const std::vector<LedgerEntry>& entries) {
        std::vector<std::int64_t> out;
        for (const auto& e : entries) out.push_back(e.kisi_assignment_id);
        return out;
    };
    EXPECT_EQ(ids(store->ledger.valid_for_person(adult, t0 + day)),
              (std::vector<std::int64_t>{900, 902}));
    EXPECT_EQ(ids(store->ledger.valid_for_person(adult, t0 + 6 * day)),
              (std::vector<std::int64_t>{900, 901, 902}));
    // valid_until is exclusive.
    EXPECT_EQ(ids(store->ledger.valid_for_person(adult, t0 + 10 * day)),
              (std::vector<std::int64_t>{901, 902}));
    EXPECT_EQ(store->ledger.for_person(adult).size(), 3u);
    EXPECT_EQ(store->ledger.for_group(10).size(), 2u);
    EXPECT_EQ(store->ledger.count(), 4);

    store->ledger.update_validity(900, std::nullopt, t0 + 20 * day, t0 + 1);
    auto updated = store->ledger.get(900);
    EXPECT_FALSE(updated->valid_from);
    EXPECT_EQ(updated->valid_until, t0 + 20 * day);
    EXPECT_EQ(updated->updated_at, t0 + 1);
    store->ledger.remove(900);
    EXPECT_FALSE(store->ledger.get(900));
    EXPECT_EQ(store->ledger.all().size(), 3u);
}

}  // namespace
}  // namespace kisi::store
