// Matching and sorting shared by the list endpoints.
#pragma once

#include <Poco/String.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace kisi::sandbox {

// Case-insensitive substring search, as Kisi's `query` filter.
inline bool contains_text(const std::string& haystack, const std::string& needle) {
    return Poco::toLower(haystack).find(Poco::toLower(needle)) != std::string::npos;
}

// Sorts by a name, ascending for `name_key` or descending for "-<name_key>", keeping the id
// order among equal names. Any other sort keeps the id order.
template <class Record, class NameOf>
void sort_by_name(std::vector<const Record*>& records, const std::optional<std::string>& sort,
                  const std::string& name_key, NameOf&& name_of) {
    if (!sort || (*sort != name_key && *sort != "-" + name_key)) return;
    const bool descending = (*sort)[0] == '-';
    std::stable_sort(records.begin(), records.end(), [&](const Record* a, const Record* b) {
        const int order = Poco::icompare(name_of(*a), name_of(*b));
        return descending ? order > 0 : order < 0;
    });
}

}  // namespace kisi::sandbox
