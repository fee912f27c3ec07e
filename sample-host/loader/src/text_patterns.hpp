// text_patterns.hpp: the string formats manifests and UI documents use, checked by hand
// (std::regex recurses per character, which long hostile input turns into a stack overflow).
#pragma once

#include <string_view>

namespace host::loader {

// A plugin id: 2 to 64 of [a-z0-9_.-], starting with a letter.
bool is_plugin_id(std::string_view text);
// A page, tab or setting identifier: 1 to 64 of [a-z0-9_-], starting with a letter.
bool is_identifier(std::string_view text);
// A file name without folders: [A-Za-z0-9_.+-]+.
bool is_file_name(std::string_view text);
// 64 lower-case hex digits.
bool is_sha256_hex(std::string_view text);
// A UI document id: 1 to 128 of [A-Za-z0-9_.:-].
bool is_ui_id(std::string_view text);
// Something shaped like an email address: local@domain.tld, no spaces.
bool is_email(std::string_view text);

}  // namespace host::loader
