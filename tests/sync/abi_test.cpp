// The packaged Kisi plugin through the real ABI (SDK harness): events in through handle_event,
// settle through health, the sync actions through run_action, against the Kisi sandbox.
// Skipped while the plugin class does not hand events to the sync engine yet.
#include "support/host_model.hpp"
#include "support/test_host.hpp"

#include <kisi/client/kisi_client.h>
#include <kisi/client/timestamp.h>
#include <kisi_sandbox/sandbox.h>
#include <sdk/testing/plugin_harness.hpp>

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

#include <set>
#include <thread>

namespace sync_test {
namespace {

class ThroughTheAbi : public ::testing::Test {
  protected:
    void SetUp() override {
        sdk::testing::HarnessOptions options;
        options.settings_json = R"({"kisi_requests_per_second": 0})";
        harness_ = std::make_unique<sdk::testing::PluginHarness>(KISI_PLUGIN_DIR, options);
        ASSERT_TRUE(harness_->active()) << harness_->info().reason;
        harness_->host().set_now_ms(iso_ms("2026-03-10T12:00:00Z"));
        harness_->host().on_directory_query([this](const std::string&, const std::string& q) {
            auto answer = directory_of(model_)(q);
            return host::loader::ServiceAnswer{answer.status, answer.body};
        });
        kisi::sandbox::Options o;
        o.rate_limit = 0;
        o.now_ms = [this] { return harness_->host().now_ms(); };
        sandbox_ = std::make_unique<kisi::sandbox::Sandbox>(o);
        ASSERT_TRUE(sandbox_->start());
        kisi::client::ClientConfig config;
        config.base_url = sandbox_->base_url();
        config.api_key = sandbox_->api_key();
        config.rate_limit.requests_per_second = 0;
        auto admin = kisi::client::KisiClient::connect(config);
        ASSERT_TRUE(admin.ok());
        admin_ = std::make_unique<kisi::client::KisiClient>(std::move(admin).value());

        ASSERT_TRUE(action("save-connection", R"({"api_key":")" + sandbox_->api_key() +
                                                  R"(","base_url":")" + sandbox_->base_url() +
                                                  R"("})")
                        .ok());
        auto places = admin_->list_places();
        ASSERT_TRUE(places.ok());
        std::int64_t center = 0;
        for (const auto& place : places.value()) {
            model_.put(Center{++center, place.name, "America/Chicago"});
            auto groups = admin_->list_groups(place.id);
            ASSERT_TRUE(groups.ok());
            for (const auto& g : groups.value())
                if (g.name == place.name + " Parents") parents_.push_back(g.id);
            ASSERT_TRUE(action("save-place",
                               R"({"center_id":)" + std::to_string(center) +
                                   R"(,"parent_group_id":)" + std::to_string(parents_.back()) + "}",
                               std::to_string(place.id))
                            .ok());
        }
        if (!harness_->handle_event(R"({"event_id":"probe","type":"probe.unknown/1"})").ok())
            GTEST_SKIP() << "the plugin class does not hand events to the sync engine yet";
    }

    host::loader::CallResult action(const std::string& id, const std::string& values,
                                    std::optional<std::string> row = std::nullopt) {
        return harness_->run_action("settings", id,
                                    R"({"row":)" +
                                        (row ? "\"" + *row + "\"" : std::string("null")) +
                                        R"(,"values":)" + values + "}");
    }

    bool settle() {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
        while (std::chrono::steady_clock::now() < deadline) {
            auto health = harness_->health();
            if (health.ok() && Poco::JSON::Parser()
                                       .parse(health.json)
                                       .extract<Poco::JSON::Object::Ptr>()
                                       ->getValue<std::int64_t>("pending_work") == 0)
                return true;
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
        return false;
    }

    std::set<std::string> grants(std::int64_t group) {
        std::set<std::string> found;
        auto assignments = admin_->list_group_role_assignments(group);
        EXPECT_TRUE(assignments.ok());
        if (!assignments.ok()) return found;
        for (const auto& a : assignments.value())
            found.insert(
                admin_->get_user(a.assignee_id).value().email + "|" +
                (a.validity.from ? kisi::client::format_timestamp(*a.validity.from) : "open"));
        return found;
    }

    HostModel model_;
    std::unique_ptr<sdk::testing::PluginHarness> harness_;
    std::unique_ptr<kisi::sandbox::Sandbox> sandbox_;
    std::unique_ptr<kisi::client::KisiClient> admin_;
    std::vector<std::int64_t> parents_;
};

TEST_F(ThroughTheAbi, EventsBecomeGrantsAndTheSyncActionsAnswer) {
    ASSERT_TRUE(settle());  // the reconciles that linking the places queued
    model_.put(Child{1, 1});
    for (const auto& event : {model_.put(Adult{1, 1, "Ann", "ann@example.com"}),
                              model_.put(Adult{2, 1, "Bob", "bob@example.com"}),
                              model_.put(Contract{1, 1, 1, "2026-03-01"})}) {
        auto handed = harness_->handle_event(event);
        ASSERT_TRUE(handed.ok()) << handed.message;
        ASSERT_TRUE(harness_->handle_event(event).ok());  // redelivered: acknowledged again
    }
    ASSERT_TRUE(settle());
    EXPECT_EQ(grants(parents_.at(0)),
              (std::set<std::string>{"ann@example.com|2026-03-01T06:00:00Z",
                                     "bob@example.com|2026-03-01T06:00:00Z"}));

    auto preview = action("preview-sync", "{}");
    ASSERT_TRUE(preview.ok()) << preview.message;
    EXPECT_NE(preview.json.find("0 to add, 0 to change, 0 to remove"), std::string::npos)
        << preview.json;
    auto why = action("explain-access", R"({"person":"adult","id":2})");
    ASSERT_TRUE(why.ok()) << why.message;
    EXPECT_NE(why.json.find("Has door access now"), std::string::npos) << why.json;

    auto contract = model_.contract(1);
    contract.status = "withdrawn";
    ASSERT_TRUE(harness_->handle_event(model_.put(contract)).ok());
    ASSERT_TRUE(settle());
    EXPECT_TRUE(grants(parents_.at(0)).empty());
}

}  // namespace
}  // namespace sync_test
