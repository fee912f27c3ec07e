// One case per way a plugin can fail, each ending in the right state with a message an admin
// can act on, while the healthy fixture keeps serving beside it.
#include "plugins_folder.hpp"

#include <sdk/testing/fake_host.hpp>

#include <host/loader/plugin_manager.hpp>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <thread>

namespace {

using host::loader::CallResult;
using host::loader::ManagerOptions;
using host::loader::PluginInfo;
using host::loader::PluginManager;
using host::loader::PluginState;
using testing::HasSubstr;

Poco::JSON::Object::Ptr parse(const std::string& json) {
    Poco::JSON::Parser parser;
    return parser.parse(json).extract<Poco::JSON::Object::Ptr>();
}

// The value of a keyvalue item in the healthy fixture's status page.
std::string page_value(const std::string& page_json, const std::string& label) {
    auto page = parse(page_json);
    auto block = page->getArray("sections")->getObject(0)->getArray("blocks")->getObject(0);
    auto items = block->getArray("items");
    for (std::size_t i = 0; i < items->size(); ++i) {
        if (items->getObject(i)->getValue<std::string>("label") == label) {
            return items->getObject(i)->getValue<std::string>("value");
        }
    }
    return "(absent)";
}

class PluginManagerTest : public testing::Test {
  protected:
    PluginManagerTest() : host(folder.data_dir()) { folder.add_fixture("healthy"); }

    ManagerOptions options() const {
        ManagerOptions options;
        options.state_dir = folder.state_dir();
        options.call_deadline = std::chrono::milliseconds(300);
        options.lifecycle_deadline = std::chrono::milliseconds(2000);
        options.install_crash_handler = false;
        return options;
    }

    void start() { start(options()); }
    void start(const ManagerOptions& options) {
        if (manager) manager->shutdown();
        manager = std::make_unique<PluginManager>(host, options);
        manager->load_all(folder.path());
    }

    PluginInfo info(const std::string& id) const {
        auto found = manager->find(id);
        EXPECT_TRUE(found.has_value()) << "no plugin " << id;
        return found.value_or(PluginInfo{});
    }

    CallResult status_page() {
        return manager->render_page("healthy", "status", R"({"user":"ada"})");
    }

    // The healthy neighbour is unaffected by whatever the other plugin did.
    void expect_healthy_serves() {
        EXPECT_EQ(info("healthy").state, PluginState::active) << info("healthy").reason;
        CallResult page = status_page();
        EXPECT_TRUE(page.ok()) << page.message;
    }

    // Copies the healthy fixture under a new id (fails before the handshake compares it).
    void add_renamed_healthy(const std::string& name,
                             const std::function<void(Poco::JSON::Object::Ptr&)>& edit) {
        folder.add(std::filesystem::path(LOADER_FIXTURES_DIR) / "healthy", name);
        folder.edit_manifest(name, [&](Poco::JSON::Object::Ptr& manifest) {
            manifest->set("id", name);
            edit(manifest);
        });
    }

    void expect_state(const std::string& id, PluginState state, const std::string& reason_part) {
        PluginInfo plugin = info(id);
        EXPECT_EQ(plugin.state, state) << to_string(plugin.state) << ": " << plugin.reason;
        EXPECT_THAT(plugin.reason, HasSubstr(reason_part));
    }

    loader_test::PluginsFolder folder;
    sdk::testing::FakeHost host;
    std::unique_ptr<PluginManager> manager;
};

// ---- The healthy plugin

TEST_F(PluginManagerTest, HealthyPluginLoadsWithManifestDefaultsAndHostServices) {
    start();
    PluginInfo plugin = info("healthy");
    ASSERT_EQ(plugin.state, PluginState::active) << plugin.reason;
    EXPECT_EQ(plugin.name, "Healthy fixture");
    EXPECT_EQ(plugin.version, "1.2.3");
    ASSERT_TRUE(plugin.manifest);
    EXPECT_EQ(plugin.manifest->settings_pages.at(0).id, "status");

    host.set_now_ms(1'800'000'000'000);
    CallResult page = status_page();
    ASSERT_TRUE(page.ok()) << page.message;
    EXPECT_EQ(page_value(page.json, "greeting"), "hello");
    EXPECT_EQ(page_value(page.json, "limit"), "5");
    EXPECT_EQ(page_value(page.json, "mode"), "fast");
    EXPECT_EQ(page_value(page.json, "now_ms"), "1800000000000");
    EXPECT_EQ(page_value(page.json, "viewer"), "ada");
    EXPECT_EQ(page_value(page.json, "data_dir"), (folder.data_dir() / "healthy").string());
    EXPECT_TRUE(host.logged("healthy fixture activated"));
}

TEST_F(PluginManagerTest, StoredSettingsApplyAndInvalidOnesFallBackToDefaults) {
    host.set_stored_settings("healthy", R"({"greeting": "hi", "limit": 99, "mode": "careful"})");
    start();
    CallResult page = status_page();
    ASSERT_TRUE(page.ok()) << page.message;
    EXPECT_EQ(page_value(page.json, "greeting"), "hi");
    EXPECT_EQ(page_value(page.json, "limit"), "5");
    EXPECT_EQ(page_value(page.json, "mode"), "careful");
    EXPECT_TRUE(host.logged("ignoring the stored value of setting \"limit\" (must be at most 10)"));
}

TEST_F(PluginManagerTest, ConfigureValidatesAgainstTheManifestThenReconfigures) {
    start();
    CallResult refused =
        manager->configure("healthy", R"({"limit": 11, "colour": "red", "token": "x"})");
    EXPECT_EQ(refused.status, HP_E_INVALID_ARGUMENT);
    auto errors = parse(refused.json)->getObject("field_errors");
    EXPECT_EQ(errors->getValue<std::string>("limit"), "Limit must be at most 10");
    EXPECT_EQ(errors->getValue<std::string>("colour"), "is not a setting of this plugin");
    EXPECT_EQ(errors->getValue<std::string>("token"), "is not a setting of this plugin");

    CallResult applied = manager->configure("healthy", R"({"limit": 7, "mode": "careful"})");
    ASSERT_TRUE(applied.ok()) << applied.message;
    CallResult page = status_page();
    EXPECT_EQ(page_value(page.json, "limit"), "7");
    EXPECT_EQ(page_value(page.json, "greeting"), "hello");
}

TEST_F(PluginManagerTest, ActionsAnswerFieldErrorsAndStoreSecrets) {
    start();
    CallResult empty =
        manager->run_action("healthy", "status", "remember", R"({"row": null, "values": {}})");
    EXPECT_EQ(empty.status, HP_E_INVALID_ARGUMENT);
    EXPECT_EQ(empty.message, "Nothing to remember");
    auto body = parse(empty.json);
    EXPECT_FALSE(body->getValue<bool>("ok"));
    EXPECT_EQ(body->getObject("field_errors")->getValue<std::string>("note"), "Enter a note");

    CallResult done =
        manager->run_action("healthy", "status", "remember", R"({"values": {"note": "s3cret"}})");
    ASSERT_TRUE(done.ok()) << done.message;
    EXPECT_TRUE(parse(done.json)->getValue<bool>("ok"));
    EXPECT_EQ(host.secrets("healthy").at("note"), "s3cret");

    CallResult malformed = manager->run_action("healthy", "status", "remember", "{values");
    EXPECT_EQ(malformed.status, HP_E_INVALID_ARGUMENT);
    EXPECT_THAT(malformed.message, HasSubstr("malformed request"));
    EXPECT_EQ(info("healthy").state, PluginState::active) << "a refused request is no failure";
}

TEST_F(PluginManagerTest, DirectoryQueriesReachTheHost) {
    start();
    CallResult unsupported = manager->run_action("healthy", "status", "lookup", "{}");
    EXPECT_EQ(unsupported.status, HP_E_UNAVAILABLE);

    host.on_directory_query([](const std::string& plugin_id, const std::string&) {
        return host::loader::ServiceAnswer{HP_OK,
                                           R"({"adults":[],"asked_by":")" + plugin_id + "\"}"};
    });
    CallResult answered = manager->run_action("healthy", "status", "lookup", "{}");
    ASSERT_TRUE(answered.ok()) << answered.message;
    EXPECT_EQ(parse(answered.json)->getValue<std::string>("message"),
              R"({"adults":[],"asked_by":"healthy"})");
    EXPECT_EQ(host.directory_queries().back(), R"({"query":"adults"})");
}

TEST_F(PluginManagerTest, EventsReachSubscribers) {
    start();
    EXPECT_THAT(manager->subscribers("contract.changed/1"), testing::ElementsAre("healthy"));
    EXPECT_TRUE(manager->subscribers("adult.changed/1").empty());

    EXPECT_TRUE(manager->handle_event("healthy", R"({"event_id": "e1", "sequence": 1})").ok());
    CallResult refused = manager->handle_event("healthy", R"({"sequence": 2})");
    EXPECT_EQ(refused.status, HP_E_INVALID_ARGUMENT);
    EXPECT_THAT(refused.message, HasSubstr("missing field 'event_id'"));

    CallResult health = manager->health("healthy");
    ASSERT_TRUE(health.ok()) << health.message;
    EXPECT_EQ(parse(health.json)->getValue<int>("events"), 1);
}

TEST_F(PluginManagerTest, UnknownPluginsAndMissingEntryPointsAreRefusedClearly) {
    folder.add_fixture("faulty");
    start();
    CallResult unknown = manager->render_page("nope", "x", "{}");
    EXPECT_EQ(unknown.status, HP_E_NOT_FOUND);
    EXPECT_EQ(unknown.message, "no plugin \"nope\" is installed");
    CallResult missing = manager->handle_event("faulty", R"({"event_id":"e"})");
    EXPECT_EQ(missing.status, HP_E_UNSUPPORTED);
    EXPECT_EQ(missing.message, "plugin \"faulty\" does not implement handle_event");
}

TEST_F(PluginManagerTest, CleanShutdownStopsEveryPlugin) {
    start();
    manager->shutdown();
    expect_state("healthy", PluginState::stopped, "the host shut down");
    CallResult after = status_page();
    EXPECT_EQ(after.status, HP_E_UNAVAILABLE);
    EXPECT_EQ(after.message, "the host is shutting down");
}

// ---- Manifest and compatibility failures (no plugin code runs)

TEST_F(PluginManagerTest, UnparseableManifest) {
    add_renamed_healthy("broken", [](auto&) {});
    folder.write_manifest("broken", "{\"id\": \"broken\",");
    start();
    expect_state("broken", PluginState::invalid_manifest, "manifest.json is not valid JSON");
    expect_healthy_serves();
}

TEST_F(PluginManagerTest, SchemaViolation) {
    add_renamed_healthy("broken", [](Poco::JSON::Object::Ptr& manifest) {
        manifest->set("colour", "blue");
        manifest->remove("vendor");
    });
    start();
    expect_state("broken", PluginState::invalid_manifest, "'colour' is not a manifest field");
    expect_state("broken", PluginState::invalid_manifest, "'vendor' is required");
    expect_healthy_serves();
}

TEST_F(PluginManagerTest, UnknownSettingType) {
    add_renamed_healthy("broken", [](Poco::JSON::Object::Ptr& manifest) {
        manifest->getArray("settings")->getObject(0)->set("type", "colour");
    });
    start();
    expect_state("broken", PluginState::invalid_manifest,
                 "'settings[0].type' is \"colour\", an unknown setting type");
    expect_healthy_serves();
}

TEST_F(PluginManagerTest, IncompatibleHostApiMajor) {
    add_renamed_healthy("future", [](Poco::JSON::Object::Ptr& manifest) {
        manifest->getObject("host_api")->set("major", 2);
    });
    start();
    expect_state("future", PluginState::incompatible,
                 "built for host API 2.x; this host provides 1.0");
    expect_healthy_serves();
}

TEST_F(PluginManagerTest, NewerAbiMinorInManifest) {
    add_renamed_healthy("future", [](Poco::JSON::Object::Ptr& manifest) {
        manifest->getObject("host_api")->set("min_minor", 1);
    });
    start();
    expect_state("future", PluginState::incompatible,
                 "needs host API 1.1 or newer; this host provides 1.0");
    expect_healthy_serves();
}

TEST_F(PluginManagerTest, NewerAbiMinorInBinary) {
    folder.add_fixture("newer-minor");
    start();
    expect_state("newer-minor", PluginState::incompatible,
                 "the plugin was built for host API 1.1; this host provides 1.0");
    expect_healthy_serves();
}

TEST_F(PluginManagerTest, NewerHostVersionRequired) {
    add_renamed_healthy("future", [](Poco::JSON::Object::Ptr& manifest) {
        manifest->set("min_host_version", "9.0.0");
    });
    start();
    expect_state("future", PluginState::incompatible,
                 "needs host version 9.0.0 or newer; this host is 0.1.0");
    expect_healthy_serves();
}

TEST_F(PluginManagerTest, WrongEntrySymbolMajor) {
    folder.add_fixture("entry-v2");
    start();
    expect_state("entry-v2", PluginState::incompatible,
                 "plugin exports hp_plugin_entry_v2, host needs hp_plugin_entry_v1");
    expect_healthy_serves();
}

TEST_F(PluginManagerTest, MissingEntrySymbol) {
    folder.add_fixture("no-entry");
    start();
    expect_state("no-entry", PluginState::failed_to_load,
                 "libno_entry.so does not export hp_plugin_entry_v1");
    expect_healthy_serves();
}

TEST_F(PluginManagerTest, Sha256Mismatch) {
    add_renamed_healthy("tampered", [](auto&) {});
    std::ofstream(folder.path() / "tampered" / "libhealthy.so", std::ios::app) << "x";
    start();
    expect_state("tampered", PluginState::integrity_failed,
                 "the library was modified or replaced; reinstall the plugin");
    expect_healthy_serves();
}

TEST_F(PluginManagerTest, MissingSha256OrLibrary) {
    add_renamed_healthy("unpackaged", [](Poco::JSON::Object::Ptr& manifest) {
        manifest->getObject("library")->remove("sha256");
    });
    add_renamed_healthy("empty", [](auto&) {});
    std::filesystem::remove(folder.path() / "empty" / "libhealthy.so");
    start();
    expect_state("unpackaged", PluginState::integrity_failed,
                 "manifest.json has no library.sha256");
    expect_state("empty", PluginState::integrity_failed,
                 "the library libhealthy.so named in manifest.json is missing");
    expect_healthy_serves();
}

TEST_F(PluginManagerTest, ManifestEditedAfterTheBuild) {
    folder.add_fixture("faulty");
    folder.edit_manifest("faulty", [](Poco::JSON::Object::Ptr& manifest) {
        manifest->set("name", "Renamed by hand");
    });
    start();
    expect_state("faulty", PluginState::integrity_failed,
                 "manifest.json differs from the manifest built into libfaulty.so (name)");
    expect_healthy_serves();
}

TEST_F(PluginManagerTest, DuplicatePluginId) {
    folder.add(std::filesystem::path(LOADER_FIXTURES_DIR) / "healthy", "healthy-copy");
    start();
    PluginInfo copy = manager->plugins().back();
    EXPECT_EQ(copy.folder.filename(), "healthy-copy");
    EXPECT_EQ(copy.state, PluginState::invalid_manifest);
    EXPECT_THAT(copy.reason, HasSubstr("plugin id \"healthy\" is already used by"));
    expect_healthy_serves();
}

// ---- Failures in plugin code

TEST_F(PluginManagerTest, ExceptionInCreate) {
    folder.add_fixture("throwing-create");
    start();
    expect_state("throwing-create", PluginState::failed_to_activate,
                 "create failed: exception: deliberate failure in create");
    expect_healthy_serves();
}

TEST_F(PluginManagerTest, ExceptionInActivate) {
    folder.add_fixture("faulty");
    host.set_stored_settings("faulty", R"({"fail_activate": true})");
    start();
    expect_state("faulty", PluginState::failed_to_activate,
                 "activate failed: exception: deliberate failure in activate");
    CallResult page = manager->render_page("faulty", "ok", "{}");
    EXPECT_EQ(page.status, HP_E_UNAVAILABLE);
    EXPECT_THAT(page.message, HasSubstr("is failed_to_activate: activate failed"));
    expect_healthy_serves();
}

TEST_F(PluginManagerTest, ExceptionInCallbackDegradesThenRepeatedFailuresDisable) {
    folder.add_fixture("faulty");
    start();
    CallResult thrown = manager->render_page("faulty", "throw", "{}");
    EXPECT_EQ(thrown.status, HP_E_EXCEPTION);
    EXPECT_THAT(thrown.message, HasSubstr("render_page threw: deliberate failure in render_page"));
    expect_state("faulty", PluginState::degraded, "render_page threw");

    EXPECT_TRUE(manager->render_page("faulty", "ok", "{}").ok());
    expect_state("faulty", PluginState::active, "");

    manager->render_page("faulty", "throw", "{}");
    manager->render_page("faulty", "throw", "{}");
    expect_state("faulty", PluginState::disabled, "disabled after 3 failures within 10 min");
    CallResult refused = manager->render_page("faulty", "ok", "{}");
    EXPECT_EQ(refused.status, HP_E_UNAVAILABLE);
    expect_healthy_serves();

    // The disabled state survives a restart until an admin re-enables the plugin.
    start();
    expect_state("faulty", PluginState::disabled, "then re-enable it");
    EXPECT_EQ(manager->enable("faulty").state, PluginState::active);
    EXPECT_TRUE(manager->render_page("faulty", "ok", "{}").ok());
    start();
    expect_state("faulty", PluginState::active, "");
}

TEST_F(PluginManagerTest, CallPastItsDeadlineDegradesAndKeepsTheStrandBusyUntilItReturns) {
    folder.add_fixture("faulty");
    host.set_stored_settings("faulty", R"({"hang_ms": 900})");
    start();
    CallResult hung = manager->render_page("faulty", "hang", "{}");
    EXPECT_EQ(hung.status, HP_E_UNAVAILABLE);
    EXPECT_THAT(hung.message,
                HasSubstr("is not responding: render_page did not return within 0.3 s"));
    expect_state("faulty", PluginState::degraded, "render_page did not return within 0.3 s");

    CallResult busy = manager->render_page("faulty", "ok", "{}");
    EXPECT_EQ(busy.status, HP_E_UNAVAILABLE);
    EXPECT_THAT(busy.message, HasSubstr("is busy with a call that timed out"));
    expect_healthy_serves();

    // Once the hung call returns, the plugin serves again.
    CallResult later{HP_E_UNAVAILABLE, {}, "not called yet"};
    for (int attempt = 0; attempt < 100 && !later.ok(); ++attempt) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        later = manager->render_page("faulty", "ok", "{}");
    }
    EXPECT_TRUE(later.ok()) << later.message;
    expect_state("faulty", PluginState::active, "");
    EXPECT_TRUE(host.logged("the call that timed out returned after"));
}

TEST_F(PluginManagerTest, MalformedJsonAnswer) {
    folder.add_fixture("faulty");
    start();
    CallResult malformed = manager->render_page("faulty", "malformed", "{}");
    EXPECT_EQ(malformed.status, HP_E_INTERNAL);
    EXPECT_THAT(malformed.message,
                HasSubstr("render_page answered a malformed document (not valid JSON"));
    EXPECT_THAT(malformed.message, HasSubstr("the plugin needs fixing"));
    EXPECT_TRUE(malformed.json.empty());
    expect_state("faulty", PluginState::degraded, "render_page answered a malformed document");
    expect_healthy_serves();
}

TEST_F(PluginManagerTest, JsonThatIsNoUiDocument) {
    folder.add_fixture("faulty");
    start();
    CallResult wrong = manager->render_page("faulty", "wrong_shape", "{}");
    EXPECT_EQ(wrong.status, HP_E_INTERNAL);
    EXPECT_THAT(wrong.message,
                HasSubstr("('sections[0].blocks[0].level' is \"loud\"; expected one of info, "
                          "success, warning, error)"));
    expect_state("faulty", PluginState::degraded, "render_page answered a malformed document");
    expect_healthy_serves();
}

}  // namespace
