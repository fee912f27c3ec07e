// The crash marker: a plugin that crashes the process starts disabled next time, with the
// reason; a process killed during a call does not blame the plugin.
#include "crash_marker.hpp"
#include "plugins_folder.hpp"

#include <sdk/testing/fake_host.hpp>

#include <host/loader/plugin_manager.hpp>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

extern char** environ;

namespace {

using host::loader::CrashMarker;
using host::loader::PluginState;
using testing::HasSubstr;

TEST(CrashMarkerTest, ACleanRunLeavesNothingBehind) {
    sdk::testing::TempDir dir;
    {
        CrashMarker marker(dir.path() / "p.marker");
        EXPECT_FALSE(marker.leftover());
        host::loader::MarkedCall call(marker, "render_page");
    }
    CrashMarker again(dir.path() / "p.marker");
    EXPECT_FALSE(again.leftover());
}

TEST(CrashMarkerTest, ACallInFlightIsLeftOverButNotACrash) {
    sdk::testing::TempDir dir;
    {
        CrashMarker marker(dir.path() / "p.marker");
        marker.begin("handle_event");  // the process "dies" before end()
    }
    CrashMarker next(dir.path() / "p.marker");
    ASSERT_TRUE(next.leftover());
    EXPECT_EQ(next.leftover()->call, "handle_event");
    EXPECT_FALSE(next.leftover()->crashed);
    CrashMarker after(dir.path() / "p.marker");
    EXPECT_FALSE(after.leftover()) << "reading a leftover resets it";
}

// A child process running the test driver.
class Driver {
  public:
    Driver(const loader_test::PluginsFolder& folder, const std::string& plugin,
           const std::string& page) {
        int fds[2];
        EXPECT_EQ(pipe(fds), 0);
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
        posix_spawn_file_actions_addclose(&actions, fds[0]);
        std::vector<std::string> args = {LOADER_TEST_DRIVER, folder.path().string(),
                                         folder.state_dir().string(), plugin, page};
        std::vector<char*> argv;
        for (auto& arg : args) argv.push_back(arg.data());
        argv.push_back(nullptr);
        EXPECT_EQ(posix_spawn(&pid_, LOADER_TEST_DRIVER, &actions, nullptr, argv.data(), environ),
                  0);
        posix_spawn_file_actions_destroy(&actions);
        close(fds[1]);
        output_ = fds[0];
    }
    ~Driver() { close(output_); }

    // Blocks until the driver printed `word` (or closed its output).
    bool wait_for_output(const std::string& word) {
        std::string text;
        char buffer[256];
        for (;;) {
            if (text.find(word) != std::string::npos) return true;
            ssize_t n = read(output_, buffer, sizeof buffer);
            if (n <= 0) return false;
            text.append(buffer, static_cast<std::size_t>(n));
        }
    }

    void kill_hard() { kill(pid_, SIGKILL); }

    // The signal that ended the process, or 0 when it exited.
    int wait_for_signal() {
        int status = 0;
        waitpid(pid_, &status, 0);
        exit_code_ = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        return WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    }
    int exit_code() const { return exit_code_; }

  private:
    pid_t pid_ = 0;
    int output_ = -1;
    int exit_code_ = 0;
};

// Polls the marker file until its record says a call is in flight (phase 1 at offset 4).
bool wait_for_call_in_flight(const std::filesystem::path& marker) {
    for (int attempt = 0; attempt < 500; ++attempt) {
        std::ifstream in(marker, std::ios::binary);
        std::uint32_t header[2] = {0, 0};
        if (in.read(reinterpret_cast<char*>(header), sizeof header) && header[1] == 1) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return false;
}

class CrashRecoveryTest : public testing::Test {
  protected:
    CrashRecoveryTest() : host(folder.data_dir()) {
        folder.add_fixture("healthy");
        folder.add_fixture("faulty");
    }

    std::unique_ptr<host::loader::PluginManager> start() {
        host::loader::ManagerOptions options;
        options.state_dir = folder.state_dir();
        options.install_crash_handler = false;
        auto manager = std::make_unique<host::loader::PluginManager>(host, options);
        manager->load_all(folder.path());
        return manager;
    }

    loader_test::PluginsFolder folder;
    sdk::testing::FakeHost host;
};

TEST_F(CrashRecoveryTest, APluginThatCrashedTheHostStartsDisabledWithTheReason) {
    Driver driver(folder, "faulty", "crash");
    int signal = driver.wait_for_signal();
    // Killed by the fault, or (under AddressSanitizer, whose handler reports it) exited non-zero.
    EXPECT_TRUE(signal == SIGSEGV || signal == SIGILL || signal == SIGBUS || driver.exit_code() > 0)
        << "signal " << signal << ", exit code " << driver.exit_code();

    auto manager = start();
    auto faulty = manager->find("faulty");
    ASSERT_TRUE(faulty);
    EXPECT_EQ(faulty->state, PluginState::disabled);
    EXPECT_THAT(faulty->reason,
                testing::MatchesRegex("crashed the host on [0-9-]+ [0-9:]+ UTC during render_page; "
                                      "re-enable after fixing"));
    EXPECT_EQ(manager->find("healthy")->state, PluginState::active);
    EXPECT_TRUE(manager->render_page("healthy", "status", "{}").ok());

    EXPECT_EQ(manager->enable("faulty").state, PluginState::active);
    EXPECT_TRUE(manager->render_page("faulty", "ok", "{}").ok());
}

TEST_F(CrashRecoveryTest, AHostKilledDuringACallDoesNotBlameThePlugin) {
    Driver driver(folder, "faulty", "hang");
    ASSERT_TRUE(driver.wait_for_output("calling"));
    // The driver's call hangs for a minute; kill it once the marker shows the call running.
    ASSERT_TRUE(wait_for_call_in_flight(folder.state_dir() / "inflight" / "faulty.marker"));
    driver.kill_hard();
    EXPECT_EQ(driver.wait_for_signal(), SIGKILL);

    auto manager = start();
    EXPECT_EQ(manager->find("faulty")->state, PluginState::active)
        << manager->find("faulty")->reason;
    EXPECT_TRUE(host.logged("it was killed, not crashed, so the plugin stays enabled"));
}

}  // namespace
