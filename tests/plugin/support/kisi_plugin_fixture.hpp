#pragma once

#include "kisi/store/store.hpp"
#include "support/scripted_directory.hpp"

#include <kisi/client/kisi_client.h>
#include <kisi_sandbox/sandbox.h>
#include <sdk/testing/plugin_harness.hpp>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace kisi::test {

using JsonObject = Poco::JSON::Object::Ptr;

// What a settings-page action or a tab save answered.
struct Answer {
    hp_status status = HP_OK;
    bool ok = false;
    std::string message;
    std::map<std::string, std::string> field_errors;
};

// Centers and employees of the scripted host directory (ScriptedDirectory).
inline constexpr std::int64_t maple_center = 1;
inline constexpr std::int64_t riverside_center = 2;
inline constexpr std::int64_t oak_hill_center = 3;
inline constexpr std::int64_t erin = 7;    // an employee of Maple Street
inline constexpr std::int64_t omar = 8;    // an employee of Riverside
inline constexpr std::int64_t ghost = 99;  // no such employee

// The packaged Kisi plugin loaded through the real ABI (SDK harness) against an in-process
// Kisi sandbox (demo seed, rate limit off) and a scripted host directory; its sync engine runs
// as in production and converges Kisi to the directory. Every page, answer,
// log line and alert of a test is kept, and at its end none may contain a watched secret (the
// admin key, and any other key or login secret the test used), nor may the plugin's data files.
class KisiPluginTest : public ::testing::Test {
  protected:
    void SetUp() override;
    void TearDown() override;

    // ---- The Kisi sandbox, arranged through an admin client.
    kisi::sandbox::Sandbox& sandbox() { return *sandbox_; }
    client::KisiClient& kisi() { return *kisi_; }
    std::string admin_key() const { return admin_key_; }
    std::int64_t place_id(const std::string& name);
    std::int64_t group_id(const std::string& name);
    std::int64_t lock_id(const std::string& place, const std::string& door);
    // A raw request to the sandbox with the admin key (or none, for /_sandbox/ controls).
    int sandbox_request(const std::string& method, const std::string& path,
                        const std::string& body = "");
    // A managed user with a device login; returns the login's secret (watched).
    std::string managed_user_secret(const std::string& email);

    // ---- The plugin.
    sdk::testing::PluginHarness& plugin() { return *harness_; }
    Answer action(const std::string& action_id, const std::string& values_json = "{}",
                  std::optional<std::string> row = std::nullopt);
    // save-connection with the sandbox's admin key and URL.
    Answer connect();
    // save-place for `place` with the given values.
    Answer save_place(std::int64_t place, const std::string& values_json);
    JsonObject page();
    // The cells of row `row_id` of table `table_id` in the settings page; null when absent.
    JsonObject row(const std::string& table_id, const std::string& row_id);
    JsonObject tab(std::int64_t employee_id);
    Answer save_tab(std::int64_t employee_id, const std::string& values_json);
    host::loader::CallResult list_doors(const std::string& person_json);
    host::loader::CallResult unlock_door(const std::string& person_json, std::int64_t door);
    JsonObject health();
    // Waits (up to 20 s) until `condition` holds; false when it never did.
    bool eventually(const std::function<bool()>& condition);
    // Waits until the sync engine has no work pending.
    void settle();
    ScriptedDirectory& directory() { return directory_; }
    // A second connection to the plugin's database, to arrange or inspect what the sync
    // engine would have stored.
    std::unique_ptr<store::Store> plugin_store();
    std::filesystem::path plugin_data_dir();

    // ---- Secrecy.
    void watch_secret(const std::string& secret) { watched_.push_back(secret); }
    // Everything the plugin said during the test so far.
    std::string transcript() const;

  private:
    void record(const std::string& what, const host::loader::CallResult& result);

    std::string admin_key_;
    std::unique_ptr<kisi::sandbox::Sandbox> sandbox_;
    std::unique_ptr<client::KisiClient> kisi_;
    ScriptedDirectory directory_;
    std::unique_ptr<sdk::testing::PluginHarness> harness_;
    std::vector<std::string> watched_;
    std::string captured_;
};

// Every string value found anywhere in a JSON document, for searching a page.
std::vector<std::string> strings_in(const Poco::Dynamic::Var& json);
bool mentions(const JsonObject& document, const std::string& text);

}  // namespace kisi::test
