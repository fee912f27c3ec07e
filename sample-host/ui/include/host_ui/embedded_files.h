#pragma once

#include <optional>
#include <string_view>

namespace host::ui {

// A file of sample-host/ui compiled into the binary (see cmake/embed_files.cmake).
struct EmbeddedFile {
    std::string_view name;  // relative to sample-host/ui, e.g. "assets/style.css"
    std::string_view bytes;
};

std::optional<EmbeddedFile> embeddedFile(std::string_view name);

}  // namespace host::ui
