// sdk::Host over a hand-made hp_host_api table: status codes become results, and a table
// from an older host (smaller struct_size) is handled.
#include <sdk/host.hpp>

#include <gtest/gtest.h>

#include <map>
#include <string>

namespace {

struct Services {
    std::map<std::string, std::string> secrets;
    std::string last_log;
};

Services& services(hp_host* host) {
    return *reinterpret_cast<Services*>(host);
}
std::string text(hp_str s) {
    return std::string(s.data, s.size);
}
hp_status write(hp_sink* sink, const std::string& value) {
    return sink->write(sink, hp_str{value.data(), value.size()});
}

hp_host_api make_table() {
    hp_host_api table{};
    table.struct_size = sizeof(hp_host_api);
    table.abi_major = HP_ABI_MAJOR;
    table.log = [](hp_host* host, int32_t, hp_str message) {
        services(host).last_log = text(message);
    };
    table.data_dir = [](hp_host*, hp_sink* out) { return write(out, "/data/plugin"); };
    table.secret_get = [](hp_host* host, hp_str key, hp_sink* out) -> hp_status {
        auto it = services(host).secrets.find(text(key));
        return it == services(host).secrets.end() ? HP_E_NOT_FOUND : write(out, it->second);
    };
    table.secret_set = [](hp_host* host, hp_str key, hp_str value) -> hp_status {
        services(host).secrets[text(key)] = text(value);
        return HP_OK;
    };
    table.secret_delete = [](hp_host* host, hp_str key) -> hp_status {
        services(host).secrets.erase(text(key));
        return HP_OK;
    };
    table.now_ms = [](hp_host*) { return int64_t{1'700'000'000'123}; };
    table.directory_query = [](hp_host*, hp_str, hp_sink* out) -> hp_status {
        write(out, "the directory is offline");
        return HP_E_UNAVAILABLE;
    };
    return table;
}

TEST(HostTest, TurnsServiceAnswersIntoResults) {
    Services state;
    hp_host_api table = make_table();
    sdk::Host host(&table, reinterpret_cast<hp_host*>(&state));

    host.warning("careful");
    EXPECT_EQ(state.last_log, "careful");
    EXPECT_EQ(host.data_dir().value(), "/data/plugin");
    EXPECT_EQ(host.now_ms(), 1'700'000'000'123);

    auto missing = host.secret_get("api_key");
    EXPECT_FALSE(missing);
    EXPECT_EQ(missing.code(), HP_E_NOT_FOUND);
    EXPECT_EQ(missing.message(), "secret 'api_key' is not set");
    EXPECT_THROW(missing.value(), sdk::Error);

    EXPECT_TRUE(host.secret_set("api_key", "k-123"));
    EXPECT_EQ(host.secret_get("api_key").value(), "k-123");
    EXPECT_TRUE(host.secret_delete("api_key"));
    EXPECT_FALSE(host.secret_get("api_key"));

    auto directory = host.directory_query("{}");
    EXPECT_EQ(directory.code(), HP_E_UNAVAILABLE);
    EXPECT_EQ(directory.message(), "the directory is offline");
}

TEST(HostTest, ServicesAnOlderHostLacksAreUnsupported) {
    Services state;
    hp_host_api table = make_table();
    table.struct_size = offsetof(hp_host_api, directory_query);  // a host from before it existed
    sdk::Host host(&table, reinterpret_cast<hp_host*>(&state));
    auto directory = host.directory_query("{}");
    EXPECT_EQ(directory.code(), HP_E_UNSUPPORTED);
    EXPECT_EQ(directory.message(), "the host does not offer directory queries");
    host.alert(HP_LOG_ERROR, "not delivered, and not a crash");
}

}  // namespace
