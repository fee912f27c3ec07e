// options.hpp: the sample host's command line (DESIGN.md section 8).
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace host::app {

struct Options {
    std::string listen_host = "127.0.0.1";
    int listen_port = 8080;
    std::filesystem::path data_dir = "demo-data";
    std::filesystem::path plugins_dir;
    bool demo = false;
    std::string qa_token;                       // empty: the QA API is off
    std::optional<std::string> admin_password;  // the web admin UI's password (else generated)
    bool help = false;
};

struct ParsedOptions {
    std::optional<Options> options;
    std::string error;  // why the command line was rejected
};

// Accepts "--flag value" and "--flag=value".
ParsedOptions parse_options(int argc, const char* const* argv,
                            const std::filesystem::path& default_plugins_dir);

std::string usage(const std::string& program);

}  // namespace host::app
