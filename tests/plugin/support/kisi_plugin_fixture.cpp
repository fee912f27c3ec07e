#include "support/kisi_plugin_fixture.hpp"

#include <Poco/JSON/Parser.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>

#include <chrono>
#include <fstream>
#include <random>
#include <sstream>
#include <thread>

namespace kisi::test {

namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

JsonObject parse(const std::string& text) {
    return Poco::JSON::Parser().parse(text).extract<JsonObject>();
}

std::string random_key() {
    std::random_device device;
    std::mt19937_64 random(device());
    static const char hex[] = "0123456789abcdef";
    std::string key = "kisi-test-key-";
    for (int i = 0; i < 32; ++i) key += hex[random() % 16];
    return key;
}

std::string file_bytes(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

void collect_strings(const Poco::Dynamic::Var& value, std::vector<std::string>& out) {
    if (value.type() == typeid(JsonObject)) {
        for (const auto& [key, member] : *value.extract<JsonObject>()) collect_strings(member, out);
    } else if (value.type() == typeid(Array::Ptr)) {
        for (const auto& item : *value.extract<Array::Ptr>()) collect_strings(item, out);
    } else if (value.isString()) {
        out.push_back(value.extract<std::string>());
    }
}

// The {"ok", "message", "field_errors"} answer of an action or a tab save.
Answer to_answer(const host::loader::CallResult& result) {
    Answer answer{result.status, false, result.message, {}};
    if (result.json.empty()) return answer;
    JsonObject document = parse(result.json);
    answer.ok = document->optValue<bool>("ok", false);
    answer.message = document->optValue<std::string>("message", "");
    if (auto errors = document->getObject("field_errors"))
        for (const auto& [key, value] : *errors) answer.field_errors[key] = value.toString();
    return answer;
}

}  // namespace

std::vector<std::string> strings_in(const Poco::Dynamic::Var& json) {
    std::vector<std::string> out;
    collect_strings(json, out);
    return out;
}

bool mentions(const JsonObject& document, const std::string& text) {
    for (const std::string& s : strings_in(document))
        if (s.find(text) != std::string::npos) return true;
    return false;
}

void KisiPluginTest::SetUp() {
    admin_key_ = random_key();
    watch_secret(admin_key_);
    kisi::sandbox::Options options;
    options.api_key = admin_key_;
    options.seed = kisi::sandbox::Seed::demo;
    options.rate_limit = 0;
    sandbox_ = std::make_unique<kisi::sandbox::Sandbox>(options);
    auto started = sandbox_->start();
    ASSERT_TRUE(started) << started.message;

    client::ClientConfig config;
    config.base_url = sandbox_->base_url();
    config.api_key = admin_key_;
    config.rate_limit.requests_per_second = 0;
    auto made = client::KisiClient::connect(config);
    ASSERT_TRUE(made) << made.error().message;
    kisi_ = std::make_unique<client::KisiClient>(std::move(made).value());

    sdk::testing::HarnessOptions harness_options;
    harness_options.settings_json = R"({"kisi_requests_per_second": 0})";
    harness_ = std::make_unique<sdk::testing::PluginHarness>(KISI_PLUGIN_DIR, harness_options);
    harness_->host().on_directory_query(
        [this](const std::string&, const std::string& query) { return directory_.answer(query); });
    ASSERT_TRUE(harness_->active()) << harness_->info().reason;
}

void KisiPluginTest::TearDown() {
    if (!harness_) return;
    harness_->manager().shutdown();
    const std::string said = transcript();
    for (const std::string& secret : watched_) {
        EXPECT_EQ(said.find(secret), std::string::npos)
            << "a secret appeared in the plugin's output:\n"
            << said;
        for (const auto& entry :
             std::filesystem::recursive_directory_iterator(harness_->data_root())) {
            if (!entry.is_regular_file()) continue;
            EXPECT_EQ(file_bytes(entry.path()).find(secret), std::string::npos)
                << "a secret was written to " << entry.path();
        }
    }
}

std::string KisiPluginTest::transcript() const {
    std::string all = captured_;
    for (const auto& line : harness_->host().logs()) all += "log: " + line.message + "\n";
    for (const auto& line : harness_->host().alerts()) all += "alert: " + line.message + "\n";
    all += "state: " + harness_->info().reason + "\n";
    return all;
}

void KisiPluginTest::record(const std::string& what, const host::loader::CallResult& result) {
    captured_ += what + " -> " + std::to_string(result.status) + " " + result.message + " " +
                 result.json + "\n";
}

std::int64_t KisiPluginTest::place_id(const std::string& name) {
    auto places = kisi_->list_places();
    EXPECT_TRUE(places) << places.error().message;
    if (places)
        for (const auto& p : places.value())
            if (p.name == name) return p.id;
    ADD_FAILURE() << "the sandbox has no place " << name;
    return 0;
}

std::int64_t KisiPluginTest::group_id(const std::string& name) {
    auto groups = kisi_->list_groups();
    EXPECT_TRUE(groups) << groups.error().message;
    if (groups)
        for (const auto& g : groups.value())
            if (g.name == name) return g.id;
    ADD_FAILURE() << "the sandbox has no group " << name;
    return 0;
}

std::int64_t KisiPluginTest::lock_id(const std::string& place, const std::string& door) {
    auto locks = kisi_->list_locks(place_id(place));
    EXPECT_TRUE(locks) << locks.error().message;
    if (locks)
        for (const auto& l : locks.value())
            if (l.name == door) return l.id;
    ADD_FAILURE() << "the sandbox has no door " << door << " at " << place;
    return 0;
}

int KisiPluginTest::sandbox_request(const std::string& method, const std::string& path,
                                    const std::string& body) {
    Poco::Net::HTTPClientSession session("127.0.0.1", sandbox_->port());
    Poco::Net::HTTPRequest request(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
    if (path.rfind("/_sandbox/", 0) != 0) request.set("Authorization", "KISI-LOGIN " + admin_key_);
    request.setContentType("application/json");
    request.setContentLength(static_cast<std::streamsize>(body.size()));
    session.sendRequest(request) << body;
    Poco::Net::HTTPResponse response;
    std::string ignored;
    Poco::StreamCopier::copyToString(session.receiveResponse(response), ignored);
    return response.getStatus();
}

std::string KisiPluginTest::managed_user_secret(const std::string& email) {
    auto user = kisi_->create_managed_user({email, "Someone Else"});
    EXPECT_TRUE(user) << user.error().message;
    auto login = kisi_->create_device_login({email, "test device"});
    EXPECT_TRUE(login) << login.error().message;
    if (!login) return "";
    watch_secret(login->secret);
    return login->secret;
}

Answer KisiPluginTest::action(const std::string& action_id, const std::string& values_json,
                              std::optional<std::string> row) {
    JsonObject request = new Object;
    request->set("row", row ? Poco::Dynamic::Var(*row) : Poco::Dynamic::Var());
    request->set("values", parse(values_json));
    std::ostringstream text;
    request->stringify(text);
    auto result = harness_->run_action("settings", action_id, text.str());
    record("action " + action_id, result);
    return to_answer(result);
}

Answer KisiPluginTest::connect() {
    return action("save-connection", R"({"api_key":")" + admin_key_ + R"(","base_url":")" +
                                         sandbox_->base_url() + R"("})");
}

Answer KisiPluginTest::save_place(std::int64_t place, const std::string& values_json) {
    return action("save-place", values_json, std::to_string(place));
}

JsonObject KisiPluginTest::page() {
    auto result = harness_->render_page("settings", R"({"user":"admin"})");
    record("page settings", result);
    EXPECT_TRUE(result.ok()) << result.message;
    return result.ok() ? parse(result.json) : JsonObject(new Object);
}

JsonObject KisiPluginTest::row(const std::string& table_id, const std::string& row_id) {
    JsonObject document = page();
    auto sections = document->getArray("sections");
    for (std::size_t s = 0; sections && s < sections->size(); ++s) {
        auto blocks = sections->getObject(s)->getArray("blocks");
        for (std::size_t b = 0; blocks && b < blocks->size(); ++b) {
            JsonObject block = blocks->getObject(b);
            if (block->optValue<std::string>("type", "") != "table" ||
                block->optValue<std::string>("id", "") != table_id)
                continue;
            auto rows = block->getArray("rows");
            for (std::size_t r = 0; rows && r < rows->size(); ++r)
                if (rows->getObject(r)->getValue<std::string>("id") == row_id)
                    return rows->getObject(r);
        }
    }
    return nullptr;
}

JsonObject KisiPluginTest::tab(std::int64_t employee_id) {
    auto result = harness_->render_tab(
        "kisi", R"({"entity":"employee","id":)" + std::to_string(employee_id) + "}");
    record("tab", result);
    EXPECT_TRUE(result.ok()) << result.message;
    return result.ok() ? parse(result.json) : JsonObject(new Object);
}

Answer KisiPluginTest::save_tab(std::int64_t employee_id, const std::string& values_json) {
    auto result = harness_->save_tab(
        "kisi", R"({"entity":"employee","id":)" + std::to_string(employee_id) + "}",
        R"({"row":null,"values":)" + values_json + "}");
    record("save tab", result);
    return to_answer(result);
}

host::loader::CallResult KisiPluginTest::list_doors(const std::string& person_json) {
    auto result = harness_->list_doors(person_json);
    record("list_doors " + person_json, result);
    return result;
}

host::loader::CallResult KisiPluginTest::unlock_door(const std::string& person_json,
                                                     std::int64_t door) {
    auto result = harness_->unlock_door(person_json, std::to_string(door));
    record("unlock_door " + person_json, result);
    return result;
}

bool KisiPluginTest::eventually(const std::function<bool()>& condition) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (!condition()) {
        if (std::chrono::steady_clock::now() > deadline) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return true;
}

void KisiPluginTest::settle() {
    EXPECT_TRUE(eventually([&] { return health()->getValue<std::int64_t>("pending_work") == 0; }))
        << "the plugin still has work pending";
}

JsonObject KisiPluginTest::health() {
    auto result = harness_->health();
    record("health", result);
    EXPECT_TRUE(result.ok()) << result.message;
    return result.ok() ? parse(result.json) : JsonObject(new Object);
}

std::filesystem::path KisiPluginTest::plugin_data_dir() {
    return harness_->host().data_dir(harness_->id());
}

std::unique_ptr<store::Store> KisiPluginTest::plugin_store() {
    return store::Store::open(plugin_data_dir(), harness_->host().now_ms());
}

}  // namespace kisi::test
