// UI document validation mirrors host-api/schemas/ui-document.schema.json.
#include <host/loader/ui_document.hpp>

#include "answer_checks.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace {

using host::loader::validate_ui_document;
using testing::Contains;
using testing::HasSubstr;

TEST(UiDocumentTest, AcceptsEveryBlockType) {
    auto problems = validate_ui_document(R"({"title": "Kisi", "sections": [
      {"id": "a", "title": "A", "description": "", "blocks": [
        {"type": "notice", "level": "info", "text": ""},
        {"type": "form", "id": "f", "action": "save", "submit_label": "Save", "fields": [
          {"key": "k", "type": "secret", "label": "Key", "placeholder": "set", "required": true},
          {"key": "c", "type": "select", "label": "C", "value": "1", "options": [{"value": "1", "label": "One"}]},
          {"key": "n", "type": "integer", "label": "N", "value": 3, "advanced": true, "error": "too big", "help": "h"}]},
        {"type": "table", "id": "t", "empty_text": "none", "columns": [{"key": "name", "label": "Name"}],
         "rows": [{"id": "1", "cells": {"name": "HQ", "doors": 2, "ok": true, "gone": null}, "status": "warning",
                   "actions": [{"id": "map", "label": "Map", "confirm": "Sure?", "fields": [{"key": "g", "type": "text", "label": "G"}]}]}]},
        {"type": "status", "items": [{"label": "Kisi", "value": "up", "level": "success"}]},
        {"type": "keyvalue", "items": [{"label": "Last", "value": "now"}]},
        {"type": "actions", "buttons": [{"id": "go", "label": "Go", "style": "danger", "confirm": "Really?"}]},
        {"type": "progress", "label": "Sync", "value": 0, "max": 1}]}]})");
    EXPECT_TRUE(problems.empty()) << testing::PrintToString(problems);
}

TEST(UiDocumentTest, ReportsProblemsWithTheirPaths) {
    auto problems = validate_ui_document(R"({"title": "x", "extra": 1, "sections": [
      {"id": "bad id!", "blocks": [
        {"type": "chart"},
        {"type": "form", "id": "f", "action": "save", "fields": [{"key": "k", "type": "secret", "label": "K", "value": "leaked"}]},
        {"type": "table", "id": "t", "columns": [], "rows": [{"id": "1", "cells": {"x": {"nested": 1}}}]},
        {"type": "progress", "label": "p", "value": -1, "max": 0},
        {"type": "notice", "level": "info"}]}]})");
    EXPECT_THAT(problems, Contains("'extra' is not a UI document field"));
    EXPECT_THAT(problems, Contains(HasSubstr("'sections[0].id' is \"bad id!\"")));
    EXPECT_THAT(
        problems,
        Contains(HasSubstr("'sections[0].blocks[0].type' is \"chart\"; expected one of notice")));
    EXPECT_THAT(problems, Contains("'sections[0].blocks[1].fields[0]' is a secret field with a "
                                   "value; secrets are never sent back"));
    EXPECT_THAT(problems, Contains("'sections[0].blocks[2].rows[0].cells.x' must be a string, "
                                   "number, true/false or null"));
    EXPECT_THAT(problems, Contains("'sections[0].blocks[3].value' must not be negative"));
    EXPECT_THAT(problems, Contains("'sections[0].blocks[3].max' must be positive"));
    EXPECT_THAT(problems, Contains("'sections[0].blocks[4].text' is required"));
}

TEST(UiDocumentTest, RejectsNonDocuments) {
    EXPECT_THAT(validate_ui_document("[]"), Contains("a UI document must be a JSON object"));
    EXPECT_THAT(validate_ui_document("{"), Contains(HasSubstr("not valid JSON")));
}

TEST(AnswerChecksTest, ActionAnswersAndHealthReports) {
    EXPECT_FALSE(host::loader::check_action_answer(
        R"({"ok": false, "message": "no", "field_errors": {"k": "bad"}})"));
    EXPECT_EQ(host::loader::check_action_answer(R"({"ok": "yes", "message": "no"})"),
              "'ok' must be true or false");
    EXPECT_EQ(host::loader::check_action_answer(R"({"message": "no"})"), "'ok' is required");
    EXPECT_FALSE(
        host::loader::check_health_report(R"({"status": "ok", "pending_work": 0, "extra": 1})"));
    EXPECT_EQ(host::loader::check_health_report(R"({"status": "fine", "pending_work": -1})"),
              "'status' is \"fine\"; expected one of ok, degraded, quarantined; 'pending_work' "
              "must be at least 0");
}

}  // namespace
