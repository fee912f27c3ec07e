// semver.hpp: Semantic Versioning 2.0 parsing and precedence (https://semver.org).
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace host::loader {

struct SemVer {
    std::uint64_t major = 0;
    std::uint64_t minor = 0;
    std::uint64_t patch = 0;
    std::vector<std::string> prerelease;  // dot-separated identifiers; build metadata dropped

    // nullopt when `text` is not a valid semantic version.
    static std::optional<SemVer> parse(const std::string& text);

    // Precedence: a pre-release sorts before its release; build metadata is ignored.
    std::strong_ordering operator<=>(const SemVer& other) const;
    bool operator==(const SemVer& other) const { return (*this <=> other) == 0; }
};

}  // namespace host::loader
