#include "data_fixture.h"

namespace host::testing {
namespace {

class DirectoryTest : public DataFixture {
  protected:
    Poco::JSON::Object::Ptr ask(const std::string& request) {
        return parse_object(expect_ok(directory->query(request)));
    }
    data::Error refused(const std::string& request) {
        auto answer = directory->query(request);
        EXPECT_FALSE(answer.ok());
        return answer.ok() ? data::Error{} : answer.error();
    }
};

TEST_F(DirectoryTest, ListsCenters) {
    const auto id = center("America/Denver");
    const auto centers = ask(R"({"query":"centers"})")->getArray("centers");
    ASSERT_EQ(centers->size(), 1u);
    EXPECT_EQ(centers->getObject(0)->getValue<data::Id>("id"), id);
    EXPECT_EQ(centers->getObject(0)->getValue<std::string>("time_zone"), "America/Denver");
}

TEST_F(DirectoryTest, CenterEntitlementsHoldTheCentersAdultsAndOnlyItsWindows) {
    const auto maple = center("America/New_York");
    const auto oak = center("America/Los_Angeles");
    const auto family_id = family();
    const auto jane = adult(family_id, "jane@example.com");
    const auto pickup = adult(family_id, "grandpa@example.com", false);
    const auto kid = child(family_id);
    const auto at_maple = contract(kid, maple, "2025-01-01", "2025-06-30");
    contract(kid, oak, "2025-07-01");
    adult(family(), "other@example.com");  // a family without contracts at maple

    const auto answer =
        ask(R"({"query":"center_entitlements","center_id":)" + std::to_string(maple) + "}");
    EXPECT_EQ(answer->getObject("center")->getValue<std::string>("time_zone"), "America/New_York");
    const auto adults = answer->getArray("adults");
    ASSERT_EQ(adults->size(), 2u);
    EXPECT_EQ(adults->getObject(0)->getValue<data::Id>("id"), jane);
    EXPECT_EQ(adults->getObject(1)->getValue<data::Id>("id"), pickup);
    EXPECT_FALSE(adults->getObject(1)->getValue<bool>("door_access"));
    const auto centers = adults->getObject(0)->getArray("centers");
    ASSERT_EQ(centers->size(), 1u);
    EXPECT_EQ(centers->getObject(0)->getValue<data::Id>("center_id"), maple);
    const auto window = centers->getObject(0)->getArray("contracts")->getObject(0);
    EXPECT_EQ(window->getValue<data::Id>("id"), at_maple);
    EXPECT_EQ(window->getValue<std::string>("start_date"), "2025-01-01");
    EXPECT_EQ(window->getValue<std::string>("end_date"), "2025-06-30");
    EXPECT_EQ(window->getValue<std::string>("status"), "active");
    EXPECT_FALSE(window->has("child_id"));
    EXPECT_FALSE(window->has("name"));  // no child data leaves the host
}

TEST_F(DirectoryTest, AdultFactsSpanCenters) {
    const auto maple = center("America/New_York");
    const auto oak = center("America/Los_Angeles");
    const auto family_id = family();
    const auto jane = adult(family_id, "jane@example.com");
    const auto first = child(family_id);
    const auto second = child(family_id);
    contract(first, maple, "2025-01-01");
    contract(second, oak, "2025-02-01", "2025-08-31");
    contract(second, maple, "2024-01-01", "2024-12-31");

    const auto facts =
        ask(R"({"query":"adult","adult_id":)" + std::to_string(jane) + "}")->getObject("adult");
    EXPECT_EQ(facts->getValue<std::string>("email"), "jane@example.com");
    const auto centers = facts->getArray("centers");
    ASSERT_EQ(centers->size(), 2u);
    EXPECT_EQ(centers->getObject(0)->getValue<data::Id>("center_id"), maple);
    ASSERT_EQ(centers->getObject(0)->getArray("contracts")->size(), 2u);
    EXPECT_EQ(centers->getObject(0)
                  ->getArray("contracts")
                  ->getObject(0)
                  ->getValue<std::string>("start_date"),
              "2024-01-01");
    EXPECT_EQ(centers->getObject(1)->getValue<std::string>("time_zone"), "America/Los_Angeles");
}

TEST_F(DirectoryTest, AdultWithoutContractsHasNoCenters) {
    const auto jane = adult(family(), "jane@example.com");
    const auto facts =
        ask(R"({"query":"adult","adult_id":)" + std::to_string(jane) + "}")->getObject("adult");
    EXPECT_EQ(facts->getArray("centers")->size(), 0u);
}

TEST_F(DirectoryTest, AdultsByContractAreTheChildsFamily) {
    const auto center_id = center();
    const auto family_id = family();
    const auto jane = adult(family_id, "jane@example.com");
    const auto contract_id = contract(child(family_id), center_id, "2025-01-01");
    adult(family(), "other@example.com");
    const auto answer =
        ask(R"({"query":"adults_by_contract","contract_id":)" + std::to_string(contract_id) + "}");
    EXPECT_EQ(answer->getObject("contract")->getValue<data::Id>("center_id"), center_id);
    ASSERT_EQ(answer->getArray("adults")->size(), 1u);
    EXPECT_EQ(answer->getArray("adults")->getObject(0)->getValue<data::Id>("id"), jane);
}

TEST_F(DirectoryTest, AllAdultsAreThoseWithDoorAccess) {
    const auto family_id = family();
    const auto jane = adult(family_id, "jane@example.com");
    adult(family_id, "nope@example.com", false);
    const auto adults = ask(R"({"query":"adults"})")->getArray("adults");
    ASSERT_EQ(adults->size(), 1u);
    EXPECT_EQ(adults->getObject(0)->getValue<data::Id>("id"), jane);
}

TEST_F(DirectoryTest, Employees) {
    const auto center_id = center();
    const auto ann =
        expect_ok(store->create_employee({0, "Ann", "ann@example.com", center_id, "active"})).id;
    expect_ok(store->create_employee({0, "Bob", "bob@example.com", center_id, "terminated"}));
    EXPECT_EQ(ask(R"({"query":"employees"})")->getArray("employees")->size(), 2u);
    const auto employee = ask(R"({"query":"employee","employee_id":)" + std::to_string(ann) + "}")
                              ->getObject("employee");
    EXPECT_EQ(employee->getValue<std::string>("email"), "ann@example.com");
    EXPECT_EQ(employee->getValue<data::Id>("home_center_id"), center_id);
    EXPECT_EQ(employee->getValue<std::string>("status"), "active");
}

TEST_F(DirectoryTest, RefusesBadQueriesWithClearMessages) {
    EXPECT_EQ(refused(R"({"query":"adult","adult_id":42})").kind, data::ErrorKind::not_found);
    EXPECT_EQ(refused(R"({"query":"employee","employee_id":42})").kind, data::ErrorKind::not_found);
    EXPECT_EQ(refused(R"({"query":"center_entitlements","center_id":42})").kind,
              data::ErrorKind::not_found);
    const auto unknown = refused(R"({"query":"children"})");
    EXPECT_EQ(unknown.kind, data::ErrorKind::invalid_argument);
    EXPECT_NE(unknown.message.find("unknown directory query 'children'"), std::string::npos);
    EXPECT_NE(refused(R"({"query":"adult"})").message.find("adult_id is required"),
              std::string::npos);
    EXPECT_NE(refused(R"({"query":"adult","adult_id":"7"})").message.find("integer"),
              std::string::npos);
    EXPECT_EQ(refused("not json").kind, data::ErrorKind::invalid_argument);
    EXPECT_EQ(refused("[]").kind, data::ErrorKind::invalid_argument);
    EXPECT_EQ(refused("{}").kind, data::ErrorKind::invalid_argument);
}

}  // namespace
}  // namespace host::testing
