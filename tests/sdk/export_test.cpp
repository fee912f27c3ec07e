// The export macro's trampolines: only overridden methods get a slot, exceptions never cross
// (they become a status and a message), and malformed host input is an invalid argument.
#include <sdk/export.hpp>
#include <sdk/plugin.hpp>

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

namespace {

class TestPlugin : public sdk::Plugin {
  public:
    using Plugin::Plugin;

    sdk::Reply render_page(const std::string& page_id, const sdk::json::Object& context) override {
        if (page_id == "throw") throw std::runtime_error("boom");
        if (page_id == "refuse") throw sdk::Error(HP_E_FORBIDDEN, "not for you");
        if (page_id == "unknown") throw 42;
        return sdk::Reply::ok(R"({"page":")" + page_id + R"(","user":")" +
                              sdk::json::get_string(context, "user").value_or("") + "\"}");
    }

    sdk::Reply run_action(const std::string&, const std::string& action_id,
                          const sdk::ActionRequest& request) override {
        return sdk::ActionResult::ok(action_id + " on row " + request.row.value_or("none") +
                                     " with " + sdk::json::stringify(request.values));
    }
};

using Exporter = sdk::detail::Exporter<TestPlugin>;

struct Sink {
    hp_sink sink{this, [](hp_sink* self, hp_str bytes) -> hp_status {
                     static_cast<Sink*>(self->context)->text.append(bytes.data, bytes.size);
                     return HP_OK;
                 }};
    std::string text;
};

hp_str str(const std::string& text) {
    return hp_str{text.data(), text.size()};
}

class ExportTest : public testing::Test {
  protected:
    void SetUp() override {
        Sink error;
        ASSERT_EQ(table.create(&api, nullptr, &instance, &error.sink), HP_OK) << error.text;
    }
    void TearDown() override { table.destroy(instance); }

    hp_status render(const std::string& page, const std::string& context, Sink& out, Sink& error) {
        return table.render_page(instance, str(page), str(context), &out.sink, &error.sink);
    }

    // A host that offers no services: the plugin under test uses none.
    hp_host_api api = [] {
        hp_host_api empty{};
        empty.struct_size = sizeof(hp_host_api);
        empty.abi_major = HP_ABI_MAJOR;
        return empty;
    }();
    hp_plugin_vtbl table = Exporter::vtbl();
    hp_instance* instance = nullptr;
};

TEST_F(ExportTest, OnlyOverriddenMethodsGetASlot) {
    EXPECT_EQ(table.struct_size, sizeof(hp_plugin_vtbl));
    EXPECT_NE(table.create, nullptr);
    EXPECT_NE(table.destroy, nullptr);
    EXPECT_NE(table.render_page, nullptr);
    EXPECT_NE(table.run_action, nullptr);
    EXPECT_EQ(table.configure, nullptr);
    EXPECT_EQ(table.activate, nullptr);
    EXPECT_EQ(table.render_tab, nullptr);
    EXPECT_EQ(table.handle_event, nullptr);
    EXPECT_EQ(table.health, nullptr);
}

TEST_F(ExportTest, AnswersGoToTheOutputSink) {
    Sink out, error;
    EXPECT_EQ(render("main", R"({"user":"ada"})", out, error), HP_OK);
    EXPECT_EQ(out.text, R"({"page":"main","user":"ada"})");
    EXPECT_TRUE(error.text.empty());

    Sink action;
    EXPECT_EQ(table.run_action(instance, str("main"), str("save"),
                               str(R"({"row": 7, "values": {"a": 1}})"), &action.sink, &error.sink),
              HP_OK);
    EXPECT_EQ(action.text, R"({"message":"save on row 7 with {\"a\":1}","ok":true})");
}

TEST_F(ExportTest, ExceptionsBecomeStatusesAndMessages) {
    Sink out, error;
    EXPECT_EQ(render("throw", "{}", out, error), HP_E_EXCEPTION);
    EXPECT_EQ(error.text, "boom");

    Sink out2, error2;
    EXPECT_EQ(render("refuse", "{}", out2, error2), HP_E_FORBIDDEN);
    EXPECT_EQ(error2.text, "not for you");

    Sink out3, error3;
    EXPECT_EQ(render("unknown", "{}", out3, error3), HP_E_EXCEPTION);
    EXPECT_EQ(error3.text, "unknown exception");
}

TEST_F(ExportTest, MalformedHostInputIsAnInvalidArgument) {
    Sink out, error;
    EXPECT_EQ(render("main", "{not json", out, error), HP_E_INVALID_ARGUMENT);
    EXPECT_EQ(error.text.rfind("malformed context", 0), 0u) << error.text;
}

}  // namespace
