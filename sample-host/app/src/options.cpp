#include <host_app/options.hpp>

#include <charconv>

namespace host::app {
namespace {

bool parse_listen(const std::string& text, Options& options) {
    auto colon = text.rfind(':');
    if (colon == std::string::npos || colon == 0) return false;
    int port = 0;
    const char* begin = text.data() + colon + 1;
    const char* end = text.data() + text.size();
    auto [rest, error] = std::from_chars(begin, end, port);
    if (error != std::errc() || rest != end || port < 0 || port > 65535) return false;
    options.listen_host = text.substr(0, colon);
    options.listen_port = port;
    return true;
}

}  // namespace

ParsedOptions parse_options(int argc, const char* const* argv,
                            const std::filesystem::path& default_plugins_dir) {
    Options options;
    options.plugins_dir = default_plugins_dir;
    for (int i = 1; i < argc; ++i) {
        std::string flag = argv[i];
        std::optional<std::string> inline_value;
        if (auto equals = flag.find('='); flag.rfind("--", 0) == 0 && equals != std::string::npos) {
            inline_value = flag.substr(equals + 1);
            flag = flag.substr(0, equals);
        }
        auto value = [&]() -> std::optional<std::string> {
            if (inline_value) return inline_value;
            if (i + 1 < argc) return std::string(argv[++i]);
            return std::nullopt;
        };
        if (flag == "--help" || flag == "-h") {
            options.help = true;
        } else if (flag == "--demo") {
            options.demo = true;
        } else if (flag == "--listen") {
            auto text = value();
            if (!text || !parse_listen(*text, options)) {
                return {std::nullopt, "--listen needs HOST:PORT, for example 127.0.0.1:8080"};
            }
        } else if (flag == "--admin-password") {
            auto text = value();
            if (!text || text->empty()) return {std::nullopt, flag + " needs a value"};
            options.admin_password = *text;
        } else if (flag == "--data-dir" || flag == "--plugins-dir" || flag == "--qa-token") {
            auto text = value();
            if (!text || text->empty()) return {std::nullopt, flag + " needs a value"};
            if (flag == "--data-dir") options.data_dir = *text;
            if (flag == "--plugins-dir") options.plugins_dir = *text;
            if (flag == "--qa-token") options.qa_token = *text;
        } else {
            return {std::nullopt, "unknown option " + flag};
        }
    }
    return {options, {}};
}

std::string usage(const std::string& program) {
    return "usage: " + program +
           " [--listen HOST:PORT] [--data-dir DIR] [--plugins-dir DIR] [--demo] [--qa-token "
           "TOKEN] [--admin-password PASSWORD]\n"
           "  --listen HOST:PORT  address to serve on (default 127.0.0.1:8080)\n"
           "  --data-dir DIR      where the host keeps its data (default ./demo-data)\n"
           "  --plugins-dir DIR   folder of plugin folders to load (default: the build's plugins)\n"
           "  --demo              seed demo data and use the embedded Kisi sandbox\n"
           "  --qa-token TOKEN    enable the QA API for this bearer token\n"
           "  --admin-password PASSWORD\n"
           "                      the web admin's password (default: generated on the first\n"
           "                      start, and on every start with --demo, and printed)\n";
}

}  // namespace host::app
