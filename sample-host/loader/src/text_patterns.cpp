#include "text_patterns.hpp"

#include <algorithm>

namespace host::loader {
namespace {

bool is_lower(char c) {
    return c >= 'a' && c <= 'z';
}
bool is_upper(char c) {
    return c >= 'A' && c <= 'Z';
}
bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_alnum(char c) {
    return is_lower(c) || is_upper(c) || is_digit(c);
}
bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

template <class Allowed>
bool all_of(std::string_view text, Allowed allowed) {
    return std::all_of(text.begin(), text.end(), allowed);
}

}  // namespace

bool is_plugin_id(std::string_view text) {
    return text.size() >= 2 && text.size() <= 64 && is_lower(text.front()) &&
           all_of(text, [](char c) {
               return is_lower(c) || is_digit(c) || c == '_' || c == '.' || c == '-';
           });
}

bool is_identifier(std::string_view text) {
    return !text.empty() && text.size() <= 64 && is_lower(text.front()) &&
           all_of(text, [](char c) { return is_lower(c) || is_digit(c) || c == '_' || c == '-'; });
}

bool is_file_name(std::string_view text) {
    return !text.empty() && all_of(text, [](char c) {
        return is_alnum(c) || c == '_' || c == '.' || c == '+' || c == '-';
    });
}

bool is_sha256_hex(std::string_view text) {
    return text.size() == 64 &&
           all_of(text, [](char c) { return is_digit(c) || (c >= 'a' && c <= 'f'); });
}

bool is_ui_id(std::string_view text) {
    return !text.empty() && text.size() <= 128 && all_of(text, [](char c) {
        return is_alnum(c) || c == '_' || c == '.' || c == ':' || c == '-';
    });
}

bool is_email(std::string_view text) {
    auto at = text.find('@');
    if (at == std::string_view::npos || at == 0 ||
        text.find('@', at + 1) != std::string_view::npos) {
        return false;
    }
    if (std::any_of(text.begin(), text.end(), is_space)) return false;
    std::string_view domain = text.substr(at + 1);
    auto dot = domain.rfind('.');
    return dot != std::string_view::npos && dot > 0 && dot + 1 < domain.size();
}

}  // namespace host::loader
