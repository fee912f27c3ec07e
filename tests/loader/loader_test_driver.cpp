// loader_test_driver: loads a plugins folder with a plugin manager (FakeHost services, crash
// handler on), prints "calling" and renders one settings page, for tests that need the
// process to die: a plugin crash, or a kill during a call.
//   loader_test_driver <plugins dir> <state dir> <plugin id> <page id>
#include <sdk/testing/fake_host.hpp>
#include <sdk/testing/temp_dir.hpp>

#include <host/loader/plugin_manager.hpp>

#include <sys/resource.h>

#include <iostream>

int main(int argc, char** argv) {
    if (argc != 5) {
        std::cerr << "usage: loader_test_driver <plugins dir> <state dir> <plugin id> <page id>\n";
        return 2;
    }
    // A deliberate crash needs no core file.
    rlimit no_core{0, 0};
    setrlimit(RLIMIT_CORE, &no_core);

    sdk::testing::TempDir data("loader-driver");
    sdk::testing::FakeHost host(data.path());
    host.set_stored_settings("faulty", R"({"hang_ms": 60000})");
    host::loader::ManagerOptions options;
    options.state_dir = argv[2];
    options.call_deadline = std::chrono::milliseconds(120000);
    host::loader::PluginManager manager(host, options);
    manager.load_all(argv[1]);

    std::cout << "calling" << std::endl;
    auto result = manager.render_page(argv[3], argv[4], "{}");
    std::cout << "returned " << result.status << " " << result.message << std::endl;
    return 0;
}
