// json_checker.hpp: hand-written validation of JSON documents against the shapes of the
// schemas in host-api/schemas, collecting every problem as "'<path>' <what is wrong>" in
// words an administrator or plugin author can act on.
#pragma once

#include <Poco/Dynamic/Var.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace host::loader {

// What a string member must look like.
struct TextRule {
    bool allow_empty = false;
    bool (*pattern)(std::string_view) = nullptr;  // the format it must have, if any
    const char* pattern_hint = nullptr;           // "expected <hint>" when it does not have it
    std::size_t max_length = std::numeric_limits<std::size_t>::max();
};

class JsonChecker {
  public:
    using Object = Poco::JSON::Object::Ptr;
    using Array = Poco::JSON::Array::Ptr;

    // `document` names what is checked, for "'x' is not a <document> field".
    explicit JsonChecker(std::string document) : document_(std::move(document)) {}

    std::vector<std::string> errors;

    void fail(const std::string& path, const std::string& problem);

    // Reports members outside `required` and `optional`, and missing `required` ones.
    void members(const Object& object, const std::string& path,
                 std::initializer_list<const char*> required,
                 std::initializer_list<const char*> optional);

    // Typed members; absent members answer empty/nullopt without a problem (members()
    // reports required ones).
    std::string text(const Object& object, const std::string& path, const char* key,
                     const TextRule& rule = {});
    std::string one_of(const Object& object, const std::string& path, const char* key,
                       std::initializer_list<const char*> allowed);
    std::optional<std::int64_t> integer(const Object& object, const std::string& path,
                                        const char* key, std::int64_t minimum);
    std::optional<double> number(const Object& object, const std::string& path, const char* key);
    std::optional<bool> boolean(const Object& object, const std::string& path, const char* key);
    Object object(const Object& parent, const std::string& path, const char* key);
    Array array(const Object& parent, const std::string& path, const char* key);
    // The array's items that are objects, each with its path; other items are reported.
    std::vector<std::pair<Object, std::string>> objects(const Object& parent,
                                                        const std::string& path, const char* key);
    // The array's strings from a closed set, reporting others and repeats.
    std::vector<std::string> enumerated(const Object& parent, const std::string& path,
                                        const char* key,
                                        std::initializer_list<const char*> allowed);

    // Up to `limit` problems joined with "; ", then how many more there are.
    std::string summary(std::size_t limit = 5) const;

    static std::string child(const std::string& path, const std::string& key);
    static std::string indexed(const std::string& path, std::size_t index);
    static std::string stringify(const Poco::Dynamic::Var& value);
    static bool is_object(const Poco::Dynamic::Var& value);
    static bool is_array(const Poco::Dynamic::Var& value);

  private:
    std::string document_;
};

}  // namespace host::loader
