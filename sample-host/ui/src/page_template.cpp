#include "host_ui/page_template.h"

#include <stdexcept>

#include "host_ui/embedded_files.h"

namespace host::ui {

std::string htmlEscape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string renderTemplate(std::string_view name, const std::map<std::string, std::string>& html) {
    const auto file = embeddedFile("templates/" + std::string(name));
    if (!file) throw std::logic_error("missing UI template " + std::string(name));
    std::string_view source = file->bytes;
    std::string out;
    out.reserve(source.size() + 512);
    std::size_t pos = 0;
    while (true) {
        const std::size_t open = source.find("{{", pos);
        if (open == std::string_view::npos) break;
        const std::size_t close = source.find("}}", open + 2);
        if (close == std::string_view::npos) break;
        out.append(source.substr(pos, open - pos));
        const auto value = html.find(std::string(source.substr(open + 2, close - open - 2)));
        if (value != html.end()) out += value->second;
        pos = close + 2;
    }
    out.append(source.substr(pos));
    return out;
}

}  // namespace host::ui
