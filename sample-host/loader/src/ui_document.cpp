// Validation of UI documents, hand-written to mirror host-api/schemas/ui-document.schema.json
// (keep the two in step).
#include <host/loader/ui_document.hpp>

#include "json_checker.hpp"
#include "text_patterns.hpp"

#include <Poco/Exception.h>
#include <Poco/JSON/Parser.h>

namespace host::loader {
namespace {

using Object = JsonChecker::Object;

const TextRule id_rule{false, &is_ui_id, "1 to 128 letters, digits, '_', '.', ':', '-'"};
const TextRule any_text{.allow_empty = true};
const std::initializer_list<const char*> ui_levels = {"info", "success", "warning", "error"};

void check_scalar(JsonChecker& check, const Object& object, const std::string& path,
                  const char* key) {
    if (!object->has(key) || object->isNull(key)) return;
    Poco::Dynamic::Var value = object->get(key);
    if (!value.isString() && !value.isNumeric() && !value.isBoolean()) {
        check.fail(JsonChecker::child(path, key), "must be a string, number, true/false or null");
    }
}

void check_fields(JsonChecker& check, const Object& parent, const std::string& path) {
    for (const auto& [field, where] : check.objects(parent, path, "fields")) {
        check.members(field, where, {"key", "type", "label"},
                      {"value", "placeholder", "help", "required", "advanced", "options", "error"});
        check.text(field, where, "key", id_rule);
        std::string type = check.one_of(field, where, "type",
                                        {"text", "secret", "url", "email", "integer", "number",
                                         "bool", "select", "date", "textarea"});
        check.text(field, where, "label", any_text);
        check_scalar(check, field, where, "value");
        if (type == "secret" && field->has("value") && !field->isNull("value")) {
            check.fail(where, "is a secret field with a value; secrets are never sent back");
        }
        check.text(field, where, "placeholder", any_text);
        check.text(field, where, "help", any_text);
        check.boolean(field, where, "required");
        check.boolean(field, where, "advanced");
        check.text(field, where, "error", any_text);
        for (const auto& [option, option_path] : check.objects(field, where, "options")) {
            check.members(option, option_path, {"value", "label"}, {});
            check.text(option, option_path, "value", any_text);
            check.text(option, option_path, "label", any_text);
        }
    }
}

void check_table(JsonChecker& check, const Object& block, const std::string& path) {
    check.members(block, path, {"type", "id", "columns", "rows"}, {"empty_text"});
    check.text(block, path, "id", id_rule);
    check.text(block, path, "empty_text", any_text);
    for (const auto& [column, where] : check.objects(block, path, "columns")) {
        check.members(column, where, {"key", "label"}, {});
        check.text(column, where, "key");
        check.text(column, where, "label", any_text);
    }
    for (const auto& [row, where] : check.objects(block, path, "rows")) {
        check.members(row, where, {"id", "cells"}, {"status", "actions"});
        check.text(row, where, "id");
        if (auto cells = check.object(row, where, "cells")) {
            for (const auto& [key, value] : *cells)
                check_scalar(check, cells, JsonChecker::child(where, "cells"), key.c_str());
        }
        check.one_of(row, where, "status", ui_levels);
        for (const auto& [action, action_path] : check.objects(row, where, "actions")) {
            check.members(action, action_path, {"id", "label"}, {"fields", "confirm"});
            check.text(action, action_path, "id", id_rule);
            check.text(action, action_path, "label");
            check.text(action, action_path, "confirm", any_text);
            check_fields(check, action, action_path);
        }
    }
}

void check_items(JsonChecker& check, const Object& block, const std::string& path,
                 bool with_levels) {
    for (const auto& [item, where] : check.objects(block, path, "items")) {
        if (with_levels) {
            check.members(item, where, {"label", "value", "level"}, {});
            check.one_of(item, where, "level", ui_levels);
        } else {
            check.members(item, where, {"label", "value"}, {});
        }
        check.text(item, where, "label", any_text);
        check.text(item, where, "value", any_text);
    }
}

void check_block(JsonChecker& check, const Object& block, const std::string& path) {
    std::string type =
        check.one_of(block, path, "type",
                     {"notice", "form", "table", "status", "keyvalue", "actions", "progress"});
    if (type == "notice") {
        check.members(block, path, {"type", "level", "text"}, {});
        check.one_of(block, path, "level", ui_levels);
        check.text(block, path, "text", any_text);
    } else if (type == "form") {
        check.members(block, path, {"type", "id", "action", "fields"}, {"submit_label"});
        check.text(block, path, "id", id_rule);
        check.text(block, path, "action", id_rule);
        check.text(block, path, "submit_label", any_text);
        check_fields(check, block, path);
    } else if (type == "table") {
        check_table(check, block, path);
    } else if (type == "status" || type == "keyvalue") {
        check.members(block, path, {"type", "items"}, {});
        check_items(check, block, path, type == "status");
    } else if (type == "actions") {
        check.members(block, path, {"type", "buttons"}, {});
        for (const auto& [button, where] : check.objects(block, path, "buttons")) {
            check.members(button, where, {"id", "label"}, {"confirm", "style"});
            check.text(button, where, "id", id_rule);
            check.text(button, where, "label");
            check.text(button, where, "confirm", any_text);
            check.one_of(button, where, "style", {"primary", "secondary", "danger"});
        }
    } else if (type == "progress") {
        check.members(block, path, {"type", "label", "value", "max"}, {});
        check.text(block, path, "label", any_text);
        auto value = check.number(block, path, "value");
        auto max = check.number(block, path, "max");
        if (value && *value < 0)
            check.fail(JsonChecker::child(path, "value"), "must not be negative");
        if (max && *max <= 0) check.fail(JsonChecker::child(path, "max"), "must be positive");
    }
}

}  // namespace

std::vector<std::string> validate_ui_document(const std::string& json) {
    Object root;
    try {
        Poco::JSON::Parser parser;
        Poco::Dynamic::Var parsed = parser.parse(json);
        if (!JsonChecker::is_object(parsed)) return {"a UI document must be a JSON object"};
        root = parsed.extract<Object>();
    } catch (const Poco::Exception& e) {
        return {"not valid JSON: " + e.message()};
    }
    JsonChecker check("UI document");
    check.members(root, "", {"title", "sections"}, {});
    check.text(root, "", "title", any_text);
    for (const auto& [section, where] : check.objects(root, "", "sections")) {
        check.members(section, where, {"id", "blocks"}, {"title", "description"});
        check.text(section, where, "id", id_rule);
        check.text(section, where, "title", any_text);
        check.text(section, where, "description", any_text);
        for (const auto& [block, block_path] : check.objects(section, where, "blocks")) {
            check_block(check, block, block_path);
        }
    }
    return std::move(check.errors);
}

}  // namespace host::loader
