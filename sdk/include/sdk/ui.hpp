// ui.hpp: builders for UI documents (host-api/schemas/ui-document.schema.json), the pages and
// tabs the host renders for a plugin.
//
//   using namespace sdk::ui;
//   Document doc("Kisi");
//   doc.add(Section("connection", "Connection")
//               .add(Notice(Level::success, "Connected to Kisi"))
//               .add(Form("connection", "save_connection")
//                        .submit_label("Save")
//                        .add(Field::secret("api_key", "API key").placeholder("set, ends in
//                        …abcd"))));
//   return sdk::Reply::ok(doc.to_json());
//
// Builders are values: copying one, or add()ing it, copies its content as it is then.
#pragma once

#include <sdk/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace sdk::ui {

enum class Level { info, success, warning, error };

// Holds a builder's JSON and copies it deeply, so that builders behave as values.
class JsonBuilder {
  public:
    json::Object to_json() const { return json::clone(json_); }

  protected:
    JsonBuilder() : json_(json::object()) {}
    JsonBuilder(const JsonBuilder& other) : json_(json::clone(other.json_)) {}
    JsonBuilder& operator=(const JsonBuilder& other) {
        json_ = json::clone(other.json_);
        return *this;
    }
    ~JsonBuilder() = default;

    json::Object json_;
};

struct Option {
    std::string value;
    std::string label;
};

// A form or row-action input.
class Field : public JsonBuilder {
  public:
    static Field text(const std::string& key, const std::string& label);
    static Field secret(const std::string& key, const std::string& label);  // never has a value
    static Field url(const std::string& key, const std::string& label);
    static Field email(const std::string& key, const std::string& label);
    static Field integer(const std::string& key, const std::string& label);
    static Field number(const std::string& key, const std::string& label);
    static Field boolean(const std::string& key, const std::string& label);
    static Field select(const std::string& key, const std::string& label,
                        const std::vector<Option>& options);
    static Field date(const std::string& key, const std::string& label);
    static Field textarea(const std::string& key, const std::string& label);

    Field& value(const std::string& value);
    Field& value(const char* value);
    Field& value(int value) { return this->value(static_cast<std::int64_t>(value)); }
    Field& value(std::int64_t value);
    Field& value(double value);
    Field& value(bool value);
    Field& placeholder(const std::string& text);
    Field& help(const std::string& text);
    Field& required(bool required = true);
    Field& advanced(bool advanced = true);
    Field& error(const std::string& message);

  private:
    Field(const std::string& key, const char* type, const std::string& label);
};

// Base of the blocks a Section holds.
class Block : public JsonBuilder {
  protected:
    explicit Block(const char* type);
};

class Notice : public Block {
  public:
    Notice(Level level, const std::string& text);
};

class Form : public Block {
  public:
    // Submitting runs action `action` with {"row": null, "values": {key: value...}}.
    Form(const std::string& id, const std::string& action);
    Form& submit_label(const std::string& label);
    Form& add(const Field& field);
};

// An action offered on one table row; runs with {"row": "<row id>", "values": {...}}.
class RowAction : public JsonBuilder {
  public:
    RowAction(const std::string& id, const std::string& label);
    RowAction& add(const Field& field);  // inputs asked for before running it
    RowAction& confirm(const std::string& question);
};

class Row : public JsonBuilder {
  public:
    explicit Row(const std::string& id);
    Row& cell(const std::string& column, const std::string& value);
    Row& cell(const std::string& column, const char* value);
    Row& cell(const std::string& column, int value) {
        return cell(column, static_cast<std::int64_t>(value));
    }
    Row& cell(const std::string& column, std::int64_t value);
    Row& cell(const std::string& column, double value);
    Row& cell(const std::string& column, bool value);
    Row& status(Level level);
    Row& add(const RowAction& action);
};

class Table : public Block {
  public:
    explicit Table(const std::string& id);
    Table& column(const std::string& key, const std::string& label);
    Table& add(const Row& row);
    Table& empty_text(const std::string& text);
};

// Labelled values with a level each ("Connection: OK").
class StatusList : public Block {
  public:
    StatusList();
    StatusList& item(const std::string& label, const std::string& value, Level level);
};

class KeyValue : public Block {
  public:
    KeyValue();
    KeyValue& item(const std::string& label, const std::string& value);
};

enum class ButtonStyle { primary, secondary, danger };

// Buttons that run a page action with {"row": null, "values": {}}.
class Actions : public Block {
  public:
    Actions();
    Actions& button(const std::string& id, const std::string& label,
                    ButtonStyle style = ButtonStyle::secondary, const std::string& confirm = {});
};

class Progress : public Block {
  public:
    Progress(const std::string& label, double value, double max);
};

class Section : public JsonBuilder {
  public:
    explicit Section(const std::string& id, const std::string& title = {});
    Section& description(const std::string& text);
    Section& add(const Block& block);
};

class Document : public JsonBuilder {
  public:
    explicit Document(const std::string& title);
    Document& add(const Section& section);
    std::string to_string() const;
};

std::string to_string(Level level);

}  // namespace sdk::ui
