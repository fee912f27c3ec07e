#include "json_checker.hpp"

#include <Poco/JSON/Stringifier.h>

#include <set>
#include <sstream>

namespace host::loader {
namespace {

std::string join(std::initializer_list<const char*> words) {
    std::string text;
    for (const char* word : words) text += (text.empty() ? "" : ", ") + std::string(word);
    return text;
}

bool contains(std::initializer_list<const char*> words, const std::string& word) {
    for (const char* candidate : words) {
        if (word == candidate) return true;
    }
    return false;
}

}  // namespace

void JsonChecker::fail(const std::string& path, const std::string& problem) {
    errors.push_back("'" + path + "' " + problem);
}

void JsonChecker::members(const Object& object, const std::string& path,
                          std::initializer_list<const char*> required,
                          std::initializer_list<const char*> optional) {
    for (const auto& [key, value] : *object) {
        if (!contains(required, key) && !contains(optional, key)) {
            fail(child(path, key), "is not a " + document_ + " field");
        }
    }
    for (const char* name : required) {
        if (!object->has(name)) fail(child(path, name), "is required");
    }
}

std::string JsonChecker::text(const Object& object, const std::string& path, const char* key,
                              const TextRule& rule) {
    if (!object->has(key)) return {};
    Poco::Dynamic::Var value = object->get(key);
    std::string where = child(path, key);
    if (!value.isString()) {
        fail(where, "must be a string");
        return {};
    }
    std::string result = value.extract<std::string>();
    if (result.empty() && !rule.allow_empty) {
        fail(where, "must not be empty");
    } else if (result.size() > rule.max_length) {
        fail(where, "must be at most " + std::to_string(rule.max_length) + " characters");
    } else if (rule.pattern != nullptr && !rule.pattern(result)) {
        fail(where, "is \"" + result + "\"; expected " + rule.pattern_hint);
    }
    return result;
}

std::string JsonChecker::one_of(const Object& object, const std::string& path, const char* key,
                                std::initializer_list<const char*> allowed) {
    if (!object->has(key)) return {};
    Poco::Dynamic::Var value = object->get(key);
    if (!value.isString() || !contains(allowed, value.extract<std::string>())) {
        fail(child(path, key), "is " + stringify(value) + "; expected one of " + join(allowed));
        return {};
    }
    return value.extract<std::string>();
}

std::optional<std::int64_t> JsonChecker::integer(const Object& object, const std::string& path,
                                                 const char* key, std::int64_t minimum) {
    if (!object->has(key)) return std::nullopt;
    Poco::Dynamic::Var value = object->get(key);
    if (!value.isInteger() || value.isBoolean()) {
        fail(child(path, key), "must be a whole number");
        return std::nullopt;
    }
    auto number = value.convert<std::int64_t>();
    if (number < minimum) {
        fail(child(path, key), "must be at least " + std::to_string(minimum));
        return std::nullopt;
    }
    return number;
}

std::optional<double> JsonChecker::number(const Object& object, const std::string& path,
                                          const char* key) {
    if (!object->has(key)) return std::nullopt;
    Poco::Dynamic::Var value = object->get(key);
    if (!value.isNumeric() || value.isBoolean()) {
        fail(child(path, key), "must be a number");
        return std::nullopt;
    }
    return value.convert<double>();
}

std::optional<bool> JsonChecker::boolean(const Object& object, const std::string& path,
                                         const char* key) {
    if (!object->has(key)) return std::nullopt;
    Poco::Dynamic::Var value = object->get(key);
    if (!value.isBoolean()) {
        fail(child(path, key), "must be true or false");
        return std::nullopt;
    }
    return value.extract<bool>();
}

JsonChecker::Object JsonChecker::object(const Object& parent, const std::string& path,
                                        const char* key) {
    if (!parent->has(key)) return {};
    Poco::Dynamic::Var value = parent->get(key);
    if (!is_object(value)) {
        fail(child(path, key), "must be an object");
        return {};
    }
    return value.extract<Object>();
}

JsonChecker::Array JsonChecker::array(const Object& parent, const std::string& path,
                                      const char* key) {
    if (!parent->has(key)) return {};
    Poco::Dynamic::Var value = parent->get(key);
    if (!is_array(value)) {
        fail(child(path, key), "must be an array");
        return {};
    }
    return value.extract<Array>();
}

std::vector<std::pair<JsonChecker::Object, std::string>> JsonChecker::objects(
    const Object& parent, const std::string& path, const char* key) {
    std::vector<std::pair<Object, std::string>> items;
    Array list = array(parent, path, key);
    if (list.isNull()) return items;
    for (std::size_t i = 0; i < list->size(); ++i) {
        std::string where = indexed(child(path, key), i);
        Poco::Dynamic::Var item = list->get(static_cast<unsigned>(i));
        if (is_object(item)) {
            items.emplace_back(item.extract<Object>(), where);
        } else {
            fail(where, "must be an object");
        }
    }
    return items;
}

std::vector<std::string> JsonChecker::enumerated(const Object& parent, const std::string& path,
                                                 const char* key,
                                                 std::initializer_list<const char*> allowed) {
    std::vector<std::string> items;
    Array list = array(parent, path, key);
    if (list.isNull()) return items;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < list->size(); ++i) {
        std::string where = indexed(child(path, key), i);
        Poco::Dynamic::Var item = list->get(static_cast<unsigned>(i));
        if (!item.isString() || !contains(allowed, item.extract<std::string>())) {
            fail(where, "is " + stringify(item) + "; expected one of " + join(allowed));
        } else if (!seen.insert(item.extract<std::string>()).second) {
            fail(where, "repeats \"" + item.extract<std::string>() + "\"");
        } else {
            items.push_back(item.extract<std::string>());
        }
    }
    return items;
}

std::string JsonChecker::summary(std::size_t limit) const {
    std::string text;
    for (std::size_t i = 0; i < errors.size() && i < limit; ++i) {
        text += (text.empty() ? "" : "; ") + errors[i];
    }
    if (errors.size() > limit) text += "; and " + std::to_string(errors.size() - limit) + " more";
    return text;
}

std::string JsonChecker::child(const std::string& path, const std::string& key) {
    return path.empty() ? key : path + "." + key;
}

std::string JsonChecker::indexed(const std::string& path, std::size_t index) {
    return path + "[" + std::to_string(index) + "]";
}

std::string JsonChecker::stringify(const Poco::Dynamic::Var& value) {
    std::ostringstream out;
    Poco::JSON::Stringifier::condense(value, out);
    return out.str();
}

bool JsonChecker::is_object(const Poco::Dynamic::Var& value) {
    return value.type() == typeid(Object);
}

bool JsonChecker::is_array(const Poco::Dynamic::Var& value) {
    return value.type() == typeid(Array);
}

}  // namespace host::loader
