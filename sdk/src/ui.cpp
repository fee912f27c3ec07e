#include <sdk/ui.hpp>

#include <stdexcept>

namespace sdk::ui {
namespace {

// Appends `item` to the array member `key` of `object`, creating the array if needed.
void append(json::Object object, const std::string& key, const json::Object& item) {
    json::Array items = json::get_array(object, key);
    if (items.isNull()) {
        items = json::array();
        object->set(key, items);
    }
    items->add(item);
}

const char* style_name(ButtonStyle style) {
    switch (style) {
        case ButtonStyle::primary:
            return "primary";
        case ButtonStyle::danger:
            return "danger";
        case ButtonStyle::secondary:
            break;
    }
    return "secondary";
}

}  // namespace

std::string to_string(Level level) {
    switch (level) {
        case Level::success:
            return "success";
        case Level::warning:
            return "warning";
        case Level::error:
            return "error";
        case Level::info:
            break;
    }
    return "info";
}

// ---- Field

Field::Field(const std::string& key, const char* type, const std::string& label) {
    json_->set("key", key);
    json_->set("type", type);
    json_->set("label", label);
}

Field Field::text(const std::string& key, const std::string& label) {
    return {key, "text", label};
}
Field Field::secret(const std::string& key, const std::string& label) {
    return {key, "secret", label};
}
Field Field::url(const std::string& key, const std::string& label) {
    return {key, "url", label};
}
Field Field::email(const std::string& key, const std::string& label) {
    return {key, "email", label};
}
Field Field::integer(const std::string& key, const std::string& label) {
    return {key, "integer", label};
}
Field Field::number(const std::string& key, const std::string& label) {
    return {key, "number", label};
}
Field Field::boolean(const std::string& key, const std::string& label) {
    return {key, "bool", label};
}
Field Field::select(const std::string& key, const std::string& label,
                    const std::vector<Option>& options) {
    Field field(key, "select", label);
    json::Array items = json::array();
    for (const Option& option : options) {
        json::Object item = json::object();
        item->set("value", option.value);
        item->set("label", option.label);
        items->add(item);
    }
    field.json_->set("options", items);
    return field;
}
Field Field::date(const std::string& key, const std::string& label) {
    return {key, "date", label};
}
Field Field::textarea(const std::string& key, const std::string& label) {
    return {key, "textarea", label};
}

Field& Field::value(const std::string& value) {
    // A secret is never sent back to a browser; say whether it is set in the placeholder.
    if (json_->getValue<std::string>("type") == "secret") {
        throw std::logic_error("secret field '" + json_->getValue<std::string>("key") +
                               "' cannot carry a value; use placeholder()");
    }
    json_->set("value", value);
    return *this;
}
Field& Field::value(const char* value) {
    return this->value(std::string(value));
}
Field& Field::value(std::int64_t value) {
    json_->set("value", value);
    return *this;
}
Field& Field::value(double value) {
    json_->set("value", value);
    return *this;
}
Field& Field::value(bool value) {
    json_->set("value", value);
    return *this;
}
Field& Field::placeholder(const std::string& text) {
    json_->set("placeholder", text);
    return *this;
}
Field& Field::help(const std::string& text) {
    json_->set("help", text);
    return *this;
}
Field& Field::required(bool required) {
    json_->set("required", required);
    return *this;
}
Field& Field::advanced(bool advanced) {
    json_->set("advanced", advanced);
    return *this;
}
Field& Field::error(const std::string& message) {
    json_->set("error", message);
    return *this;
}

// ---- Blocks

Block::Block(const char* type) {
    json_->set("type", type);
}

Notice::Notice(Level level, const std::string& text) : Block("notice") {
    json_->set("level", to_string(level));
    json_->set("text", text);
}

Form::Form(const std::string& id, const std::string& action) : Block("form") {
    json_->set("id", id);
    json_->set("action", action);
    json_->set("fields", json::array());
}
Form& Form::submit_label(const std::string& label) {
    json_->set("submit_label", label);
    return *this;
}
Form& Form::add(const Field& field) {
    append(json_, "fields", field.to_json());
    return *this;
}

RowAction::RowAction(const std::string& id, const std::string& label) {
    json_->set("id", id);
    json_->set("label", label);
}
RowAction& RowAction::add(const Field& field) {
    append(json_, "fields", field.to_json());
    return *this;
}
RowAction& RowAction::confirm(const std::string& question) {
    json_->set("confirm", question);
    return *this;
}

Row::Row(const std::string& id) {
    json_->set("id", id);
    json_->set("cells", json::object());
}
Row& Row::cell(const std::string& column, const std::string& value) {
    json::get_object(json_, "cells")->set(column, value);
    return *this;
}
Row& Row::cell(const std::string& column, const char* value) {
    return cell(column, std::string(value));
}
Row& Row::cell(const std::string& column, std::int64_t value) {
    json::get_object(json_, "cells")->set(column, value);
    return *this;
}
Row& Row::cell(const std::string& column, double value) {
    json::get_object(json_, "cells")->set(column, value);
    return *this;
}
Row& Row::cell(const std::string& column, bool value) {
    json::get_object(json_, "cells")->set(column, value);
    return *this;
}
Row& Row::status(Level level) {
    json_->set("status", to_string(level));
    return *this;
}
Row& Row::add(const RowAction& action) {
    append(json_, "actions", action.to_json());
    return *this;
}

Table::Table(const std::string& id) : Block("table") {
    json_->set("id", id);
    json_->set("columns", json::array());
    json_->set("rows", json::array());
}
Table& Table::column(const std::string& key, const std::string& label) {
    json::Object column = json::object();
    column->set("key", key);
    column->set("label", label);
    append(json_, "columns", column);
    return *this;
}
Table& Table::add(const Row& row) {
    append(json_, "rows", row.to_json());
    return *this;
}
Table& Table::empty_text(const std::string& text) {
    json_->set("empty_text", text);
    return *this;
}

StatusList::StatusList() : Block("status") {
    json_->set("items", json::array());
}
StatusList& StatusList::item(const std::string& label, const std::string& value, Level level) {
    json::Object item = json::object();
    item->set("label", label);
    item->set("value", value);
    item->set("level", to_string(level));
    append(json_, "items", item);
    return *this;
}

KeyValue::KeyValue() : Block("keyvalue") {
    json_->set("items", json::array());
}
KeyValue& KeyValue::item(const std::string& label, const std::string& value) {
    json::Object item = json::object();
    item->set("label", label);
    item->set("value", value);
    append(json_, "items", item);
    return *this;
}

Actions::Actions() : Block("actions") {
    json_->set("buttons", json::array());
}
Actions& Actions::button(const std::string& id, const std::string& label, ButtonStyle style,
                         const std::string& confirm) {
    json::Object button = json::object();
    button->set("id", id);
    button->set("label", label);
    button->set("style", style_name(style));
    if (!confirm.empty()) button->set("confirm", confirm);
    append(json_, "buttons", button);
    return *this;
}

Progress::Progress(const std::string& label, double value, double max) : Block("progress") {
    json_->set("label", label);
    json_->set("value", value);
    json_->set("max", max);
}

// ---- Section and Document

Section::Section(const std::string& id, const std::string& title) {
    json_->set("id", id);
    if (!title.empty()) json_->set("title", title);
    json_->set("blocks", json::array());
}
Section& Section::description(const std::string& text) {
    json_->set("description", text);
    return *this;
}
Section& Section::add(const Block& block) {
    append(json_, "blocks", block.to_json());
    return *this;
}

Document::Document(const std::string& title) {
    json_->set("title", title);
    json_->set("sections", json::array());
}
Document& Document::add(const Section& section) {
    append(json_, "sections", section.to_json());
    return *this;
}
std::string Document::to_string() const {
    return json::stringify(json_);
}

}  // namespace sdk::ui
