// bench_plugin_load: how long a host takes from "here is a plugins folder" to "the Kisi plugin
// is active": discover, validate the manifest, hash the library, check its entry symbol, load,
// handshake, create, configure, activate. Each run uses a fresh plugin manager; the library
// stays mapped after the first run (plugins are never unloaded), so the first load, which
// pays for mapping it and its dependencies, is reported on its own.
//   bench_plugin_load [--iterations N] [--plugin-dir DIR]
#include <sdk/testing/fake_host.hpp>
#include <sdk/testing/temp_dir.hpp>

#include <host/loader/plugin_manager.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double milliseconds(Clock::duration duration) {
    return std::chrono::duration<double, std::milli>(duration).count();
}

// The value at `fraction` of the sorted samples (nearest rank).
double percentile(std::vector<double> samples, double fraction) {
    std::sort(samples.begin(), samples.end());
    auto rank = static_cast<std::size_t>(fraction * static_cast<double>(samples.size() - 1) + 0.5);
    return samples[rank];
}

// One run: a fresh manager loads the folder; answers the time until the plugin is active.
double load_once(const std::filesystem::path& plugins, const std::filesystem::path& work, int run) {
    sdk::testing::FakeHost host(work / "data");
    host::loader::ManagerOptions options;
    options.state_dir = work / ("state-" + std::to_string(run));
    options.install_crash_handler = false;
    Clock::time_point start = Clock::now();
    host::loader::PluginManager manager(host, options);
    manager.load_all(plugins);
    Clock::time_point end = Clock::now();
    auto plugin = manager.find("kisi");
    if (!plugin || plugin->state != host::loader::PluginState::active) {
        std::fprintf(stderr, "the Kisi plugin did not activate: %s\n",
                     plugin ? plugin->reason.c_str() : "not found");
        std::exit(1);
    }
    return milliseconds(end - start);
}

}  // namespace

int main(int argc, char** argv) {
    int iterations = 50;
    std::filesystem::path package = KISI_PLUGIN_DIR;
    for (int i = 1; i + 1 < argc; i += 2) {
        std::string flag = argv[i];
        if (flag == "--iterations") iterations = std::max(1, std::atoi(argv[i + 1]));
        if (flag == "--plugin-dir") package = argv[i + 1];
    }

    sdk::testing::TempDir work("bench-plugin-load");
    std::filesystem::path plugins = work.path() / "plugins";
    std::filesystem::create_directories(plugins);
    std::filesystem::copy(package, plugins / package.filename(),
                          std::filesystem::copy_options::recursive);
    std::uintmax_t library_bytes = 0;
    for (const auto& entry : std::filesystem::directory_iterator(plugins / package.filename())) {
        if (entry.path().extension() == ".so") library_bytes = entry.file_size();
    }

    double first = load_once(plugins, work.path(), 0);
    std::vector<double> samples;
    for (int run = 1; run <= iterations; ++run)
        samples.push_back(load_once(plugins, work.path(), run));

    std::printf(
        "plugin load: discover + validate + sha256 + symbol check + load + handshake + "
        "create + configure + activate\n");
    std::printf("plugin: %s (library %.1f MB), %d runs, each with a fresh manager\n",
                package.filename().c_str(), static_cast<double>(library_bytes) / 1e6, iterations);
    std::printf("first load (maps the library):  %8.2f ms\n", first);
    std::printf("later loads, median:            %8.2f ms\n", percentile(samples, 0.5));
    std::printf("later loads, p95:               %8.2f ms\n", percentile(samples, 0.95));
    std::printf("target: under 100 ms\n");
    return 0;
}
