// ui_document.hpp: checks a plugin's UI document (host-api/schemas/ui-document.schema.json)
// before a host renders it. The plugin manager applies it to every render_page and
// render_tab answer, so a host's renderer can rely on the shape.
#pragma once

#include <string>
#include <vector>

namespace host::loader {

// The problems of `json` as a UI document ("'sections[0].blocks[1].level' is ..."); empty
// when it is valid.
std::vector<std::string> validate_ui_document(const std::string& json);

}  // namespace host::loader
