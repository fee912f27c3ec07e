// The UI builders produce documents of host-api/schemas/ui-document.schema.json.
#include <sdk/ui.hpp>

#include <gtest/gtest.h>

#include <stdexcept>

namespace {

using namespace sdk::ui;

TEST(UiTest, BuildsEveryBlockType) {
    Document doc("Kisi");
    doc.add(
        Section("connection", "Connection")
            .description("Paste an API key")
            .add(Notice(Level::warning, "Not connected"))
            .add(
                Form("connection", "save_connection")
                    .submit_label("Save")
                    .add(Field::secret("api_key", "API key").placeholder("not set").required())
                    .add(Field::url("base_url", "Base URL").value("https://api.kisi.io").advanced())
                    .add(Field::integer("lead_days", "Lead days").value(2).help("before the start"))
                    .add(Field::boolean("enabled", "Enabled").value(true))
                    .add(Field::select("center", "Center", {{"1", "Main"}})
                             .value("1")
                             .error("taken"))));
    doc.add(Section("places")
                .add(Table("places")
                         .column("name", "Name")
                         .column("doors", "Doors")
                         .add(Row("17")
                                  .cell("name", "HQ")
                                  .cell("doors", 3)
                                  .status(Level::success)
                                  .add(RowAction("map", "Map")
                                           .confirm("Sure?")
                                           .add(Field::text("group", "Group"))))
                         .empty_text("No places"))
                .add(StatusList().item("Kisi", "reachable", Level::success))
                .add(KeyValue().item("Last sync", "today"))
                .add(Actions().button("refresh", "Refresh", ButtonStyle::primary, "Refresh now?"))
                .add(Progress("Sync", 3, 10)));

    EXPECT_EQ(
        doc.to_string(),
        R"({"sections":[{"blocks":[{"level":"warning","text":"Not connected","type":"notice"},)"
        R"({"action":"save_connection","fields":[)"
        R"({"key":"api_key","label":"API key","placeholder":"not set","required":true,"type":"secret"},)"
        R"({"advanced":true,"key":"base_url","label":"Base URL","type":"url","value":"https://api.kisi.io"},)"
        R"({"help":"before the start","key":"lead_days","label":"Lead days","type":"integer","value":2},)"
        R"({"key":"enabled","label":"Enabled","type":"bool","value":true},)"
        R"({"error":"taken","key":"center","label":"Center","options":[{"label":"Main","value":"1"}],"type":"select","value":"1"}],)"
        R"("id":"connection","submit_label":"Save","type":"form"}],)"
        R"("description":"Paste an API key","id":"connection","title":"Connection"},)"
        R"({"blocks":[{"columns":[{"key":"name","label":"Name"},{"key":"doors","label":"Doors"}],)"
        R"("empty_text":"No places","id":"places","rows":[{"actions":[{"confirm":"Sure?",)"
        R"("fields":[{"key":"group","label":"Group","type":"text"}],"id":"map","label":"Map"}],)"
        R"("cells":{"doors":3,"name":"HQ"},"id":"17","status":"success"}],"type":"table"},)"
        R"({"items":[{"label":"Kisi","level":"success","value":"reachable"}],"type":"status"},)"
        R"({"items":[{"label":"Last sync","value":"today"}],"type":"keyvalue"},)"
        R"({"buttons":[{"confirm":"Refresh now?","id":"refresh","label":"Refresh","style":"primary"}],"type":"actions"},)"
        R"({"label":"Sync","max":10,"type":"progress","value":3}],"id":"places"}],"title":"Kisi"})");
}

TEST(UiTest, BuildersAreValues) {
    Form form("f", "save");
    Section section("s");
    section.add(form);
    form.add(Field::text("late", "Added after"));  // does not reach the section's copy
    Form copy = form;
    copy.submit_label("Changed");  // does not reach the original
    EXPECT_EQ(section.to_json()->getArray("blocks")->getObject(0)->getArray("fields")->size(), 0u);
    EXPECT_FALSE(form.to_json()->has("submit_label"));
}

TEST(UiTest, SecretFieldsNeverCarryAValue) {
    EXPECT_THROW(Field::secret("api_key", "API key").value("abcd"), std::logic_error);
}

}  // namespace
