#include "semver.hpp"

#include <regex>

namespace host::loader {
namespace {

bool is_numeric(const std::string& identifier) {
    return !identifier.empty() && identifier.find_first_not_of("0123456789") == std::string::npos;
}

std::vector<std::string> split(const std::string& text, char separator) {
    std::vector<std::string> parts;
    std::string::size_type start = 0;
    for (;;) {
        auto end = text.find(separator, start);
        parts.push_back(text.substr(start, end - start));
        if (end == std::string::npos) return parts;
        start = end + 1;
    }
}

}  // namespace

std::optional<SemVer> SemVer::parse(const std::string& text) {
    static const std::regex pattern(
        R"(^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*))"
        R"((?:-((?:0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*))*))?)"
        R"((?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$)");
    std::smatch match;
    if (!std::regex_match(text, match, pattern)) return std::nullopt;
    SemVer version;
    try {
        version.major = std::stoull(match[1]);
        version.minor = std::stoull(match[2]);
        version.patch = std::stoull(match[3]);
    } catch (const std::out_of_range&) {
        return std::nullopt;
    }
    if (match[4].matched) version.prerelease = split(match[4], '.');
    return version;
}

std::strong_ordering SemVer::operator<=>(const SemVer& other) const {
    if (auto c = major <=> other.major; c != 0) return c;
    if (auto c = minor <=> other.minor; c != 0) return c;
    if (auto c = patch <=> other.patch; c != 0) return c;
    if (prerelease.empty() || other.prerelease.empty()) {
        // A release outranks any of its pre-releases.
        return prerelease.empty() <=> other.prerelease.empty();
    }
    for (std::size_t i = 0; i < prerelease.size() && i < other.prerelease.size(); ++i) {
        const std::string& a = prerelease[i];
        const std::string& b = other.prerelease[i];
        bool a_numeric = is_numeric(a);
        bool b_numeric = is_numeric(b);
        if (a_numeric && b_numeric) {
            if (auto c = a.size() <=> b.size(); c != 0) return c;  // no leading zeros
            if (auto c = a <=> b; c != 0) return c;
        } else if (a_numeric != b_numeric) {
            return a_numeric ? std::strong_ordering::less : std::strong_ordering::greater;
        } else if (auto c = a <=> b; c != 0) {
            return c;
        }
    }
    return prerelease.size() <=> other.prerelease.size();
}

}  // namespace host::loader
