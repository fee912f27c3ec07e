#include "semver.hpp"

namespace host::loader {
namespace {

bool is_numeric(const std::string& identifier) {
    return !identifier.empty() && identifier.find_first_not_of("0123456789") == std::string::npos;
}

bool is_identifier_char(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
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

// Dot-separated, non-empty identifiers of [0-9A-Za-z-]; numeric ones without leading zeros
// when `numbers_strict` (pre-release identifiers, not build metadata).
bool valid_identifiers(const std::vector<std::string>& identifiers, bool numbers_strict) {
    for (const auto& identifier : identifiers) {
        if (identifier.empty()) return false;
        for (char c : identifier) {
            if (!is_identifier_char(c)) return false;
        }
        if (numbers_strict && is_numeric(identifier) && identifier.size() > 1 &&
            identifier[0] == '0') {
            return false;
        }
    }
    return true;
}

// A version number: digits without a leading zero, small enough for 64 bits.
std::optional<std::uint64_t> number(const std::string& text) {
    if (!is_numeric(text) || (text.size() > 1 && text[0] == '0') || text.size() > 19) {
        return std::nullopt;
    }
    return std::stoull(text);
}

}  // namespace

std::optional<SemVer> SemVer::parse(const std::string& text) {
    std::string rest = text;
    if (auto plus = rest.find('+'); plus != std::string::npos) {
        if (!valid_identifiers(split(rest.substr(plus + 1), '.'), false)) return std::nullopt;
        rest = rest.substr(0, plus);
    }
    SemVer version;
    if (auto dash = rest.find('-'); dash != std::string::npos) {
        version.prerelease = split(rest.substr(dash + 1), '.');
        if (!valid_identifiers(version.prerelease, true)) return std::nullopt;
        rest = rest.substr(0, dash);
    }
    std::vector<std::string> core = split(rest, '.');
    if (core.size() != 3) return std::nullopt;
    auto major = number(core[0]);
    auto minor = number(core[1]);
    auto patch = number(core[2]);
    if (!major || !minor || !patch) return std::nullopt;
    version.major = *major;
    version.minor = *minor;
    version.patch = *patch;
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
