#pragma once

#include <map>
#include <string>
#include <string_view>

namespace host::ui {

// Escapes text for HTML element content and quoted attribute values.
std::string htmlEscape(std::string_view text);

// Fills an embedded template (sample-host/ui/templates/<name>) by replacing each {{key}} with
// its value. Values are inserted as given: the caller escapes text with htmlEscape.
// Throws std::logic_error when the template is missing (a build error, not a user error).
std::string renderTemplate(std::string_view name, const std::map<std::string, std::string>& html);

}  // namespace host::ui
