// sync_crash_child: runs the sync engine of a SyncWorld in a process of its own, until it is
// killed. The kill -9 test starts it, kills it mid-sync, and restarts the engine in-process.
//
//   sync_crash_child <data dir> <sandbox base url> <api key> <host model json file> <start ms>
#include "support/host_model.hpp"
#include "support/test_host.hpp"

#include <kisi/client/kisi_client.h>
#include <kisi/store/store.hpp>
#include <kisi/sync/engine.hpp>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>

int main(int argc, char** argv) {
    if (argc != 6) {
        std::fprintf(stderr, "usage: %s DATA_DIR BASE_URL API_KEY MODEL_JSON START_MS\n", argv[0]);
        return 2;
    }
    const std::filesystem::path dir = argv[1];
    std::ifstream in(argv[4]);
    std::stringstream model_json;
    model_json << in.rdbuf();
    sync_test::HostModel model;
    model.load_json(model_json.str());
    sync_test::TestClock clock(std::stoll(argv[5]));
    sync_test::TestHost host(sync_test::directory_of(model), clock, dir / "host");

    kisi::client::ClientConfig config;
    config.base_url = argv[2];
    config.api_key = argv[3];
    config.rate_limit.requests_per_second = 0;
    auto kisi = kisi::client::KisiClient::connect(config);
    if (!kisi.ok()) {
        std::fprintf(stderr, "connect: %s\n", kisi.error().message.c_str());
        return 1;
    }
    auto client = std::make_shared<kisi::client::KisiClient>(std::move(kisi).value());
    auto store = kisi::store::Store::open(dir / "plugin", clock.now_ms());
    kisi::sync::Engine engine(*store, host.host(), [client] { return client; });
    engine.start();
    std::puts("running");
    std::fflush(stdout);
    for (;;) std::this_thread::sleep_for(std::chrono::seconds(1));
}
