#include "data_fixture.h"

namespace host::testing {
namespace {

using data::ErrorKind;

class StoreTest : public DataFixture {};

TEST_F(StoreTest, CreatesEntitiesAndWritesTheirEvents) {
    set_clock("2025-03-01T12:00:00Z");
    const auto center_id = center();
    const auto family_id = family();
    const auto adult_id = adult(family_id, "jane@example.com");
    const auto child_id = child(family_id);
    const auto contract_id = contract(child_id, center_id, "2025-04-01", "2025-12-31");
    const auto employee_id =
        expect_ok(store->create_employee({0, "Ann Staff", "ann@example.com", center_id, "active"}))
            .id;

    const auto all = events();
    ASSERT_EQ(all.size(), 3u);  // centers, families and children carry no events
    EXPECT_EQ(all[0]->getValue<std::string>("type"), "adult.changed/1");
    EXPECT_EQ(all[0]->getValue<std::string>("cause"), "created");
    EXPECT_EQ(all[0]->getObject("adult")->getValue<data::Id>("id"), adult_id);
    EXPECT_EQ(all[0]->getObject("adult")->getValue<std::string>("email"), "jane@example.com");
    EXPECT_TRUE(all[0]->getObject("adult")->getValue<bool>("door_access"));
    EXPECT_EQ(all[1]->getValue<std::string>("type"), "contract.changed/1");
    EXPECT_EQ(all[1]->getObject("contract")->getValue<data::Id>("id"), contract_id);
    EXPECT_EQ(all[1]->getObject("contract")->getValue<std::string>("end_date"), "2025-12-31");
    EXPECT_EQ(all[2]->getValue<std::string>("type"), "employee.changed/1");
    EXPECT_EQ(all[2]->getObject("employee")->getValue<data::Id>("id"), employee_id);
    for (std::size_t i = 0; i < all.size(); ++i) {
        EXPECT_EQ(all[i]->getValue<std::int64_t>("sequence"), static_cast<std::int64_t>(i + 1));
        EXPECT_EQ(all[i]->getValue<std::string>("event_id").size(), 36u);
        EXPECT_EQ(all[i]->getValue<std::string>("occurred_at").substr(0, 16), "2025-03-01T12:00");
    }
}

TEST_F(StoreTest, UpdatesWriteTheNewStateAndNoChangeWritesNothing) {
    const auto family_id = family();
    const auto adult_id = adult(family_id, "jane@example.com");
    data::AdultPatch patch;
    patch.door_access = false;
    const auto updated = expect_ok(store->update_adult(adult_id, patch));
    EXPECT_FALSE(updated.door_access);
    EXPECT_EQ(updated.email, "jane@example.com");
    expect_ok(store->update_adult(adult_id, patch));  // same again: no change, no event

    const auto all = events();
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[1]->getValue<std::string>("cause"), "updated");
    EXPECT_FALSE(all[1]->getObject("adult")->getValue<bool>("door_access"));
}

TEST_F(StoreTest, ContractEndDateCanBeClearedAndStatusChanged) {
    const auto contract_id = contract(child(family()), center(), "2025-01-01", "2025-06-30");
    data::ContractPatch patch;
    patch.end_date = std::optional<std::string>{};
    patch.status = "withdrawn";
    const auto updated = expect_ok(store->update_contract(contract_id, patch));
    EXPECT_FALSE(updated.end_date);
    EXPECT_EQ(updated.status, "withdrawn");
    EXPECT_TRUE(events().back()->getObject("contract")->isNull("end_date"));
}

struct Refusal {
    ErrorKind kind;
    std::string message_part;
};

void expect_refused(const data::Error& error, const Refusal& expected) {
    EXPECT_EQ(error.kind, expected.kind) << error.message;
    EXPECT_NE(error.message.find(expected.message_part), std::string::npos) << error.message;
}

TEST_F(StoreTest, RefusesInvalidInputAndChangesNothing) {
    const auto center_id = center();
    const auto family_id = family();
    const auto child_id = child(family_id);
    const auto adult_id = adult(family_id, "jane@example.com");
    const auto contract_id = contract(child_id, center_id, "2025-01-01");
    const auto before = events().size();

    expect_refused(store->create_center({0, "X", "Mars/Base"}).error(),
                   {ErrorKind::invalid_argument, "time_zone 'Mars/Base'"});
    expect_refused(store->create_center({0, " ", "UTC"}).error(),
                   {ErrorKind::invalid_argument, "name must not be empty"});
    expect_refused(
        store->create_adult({0, 999, "A", "a@example.com", "guardian", true, false}).error(),
        {ErrorKind::invalid_argument, "family_id 999 does not exist"});
    expect_refused(
        store->create_adult({0, family_id, "A", "not-an-email", "guardian", true, false}).error(),
        {ErrorKind::invalid_argument, "email 'not-an-email'"});
    expect_refused(
        store->create_adult({0, family_id, "A", "a@example.com", "uncle", true, false}).error(),
        {ErrorKind::invalid_argument, "relationship must be one of"});
    expect_refused(store->create_child({0, 999, "Kid"}).error(),
                   {ErrorKind::invalid_argument, "family_id 999"});
    expect_refused(
        store->create_contract({0, child_id, center_id, "2025-02-30", {}, "active"}).error(),
        {ErrorKind::invalid_argument, "start_date '2025-02-30'"});
    expect_refused(
        store->create_contract({0, child_id, center_id, "2025-02-01", "2025-01-31", "active"})
            .error(),
        {ErrorKind::invalid_argument, "end_date 2025-01-31 is before start_date"});
    expect_refused(store->create_contract({0, child_id, 999, "2025-02-01", {}, "active"}).error(),
                   {ErrorKind::invalid_argument, "center_id 999"});
    expect_refused(store->create_contract({0, 999, center_id, "2025-02-01", {}, "active"}).error(),
                   {ErrorKind::invalid_argument, "child_id 999"});
    expect_refused(store->create_employee({0, "E", "e@example", center_id, "active"}).error(),
                   {ErrorKind::invalid_argument, "email 'e@example'"});
    expect_refused(store->create_employee({0, "E", "e@example.com", 999, "active"}).error(),
                   {ErrorKind::invalid_argument, "home_center_id 999"});
    expect_refused(store->create_employee({0, "E", "e@example.com", center_id, "fired"}).error(),
                   {ErrorKind::invalid_argument, "status must be one of"});

    data::AdultPatch bad_email;
    bad_email.email = "jane at example.com";
    expect_refused(store->update_adult(adult_id, bad_email).error(),
                   {ErrorKind::invalid_argument, "email"});
    expect_refused(store->update_adult(999, bad_email).error(),
                   {ErrorKind::not_found, "adult 999 does not exist"});
    data::ContractPatch bad_end;
    bad_end.end_date = std::optional<std::string>{"2024-12-31"};
    expect_refused(store->update_contract(contract_id, bad_end).error(),
                   {ErrorKind::invalid_argument, "before start_date"});
    data::ContractPatch bad_center;
    bad_center.center_id = 999;
    expect_refused(store->update_contract(contract_id, bad_center).error(),
                   {ErrorKind::invalid_argument, "center_id 999"});

    EXPECT_EQ(events().size(), before);
    EXPECT_EQ(expect_ok(store->adult(adult_id)).email, "jane@example.com");
    EXPECT_EQ(expect_ok(store->contract(contract_id)).center_id, center_id);
    EXPECT_FALSE(expect_ok(store->contract(contract_id)).end_date);
    EXPECT_EQ(expect_ok(store->centers()).size(), 1u);
}

TEST_F(StoreTest, DataSurvivesReopening) {
    const auto adult_id = adult(family(), "jane@example.com");
    open();
    EXPECT_EQ(expect_ok(store->adult(adult_id)).email, "jane@example.com");
    EXPECT_EQ(events().size(), 1u);
}

}  // namespace
}  // namespace host::testing
