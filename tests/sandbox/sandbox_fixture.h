// An in-process Kisi sandbox on a free loopback port, and a small HTTP client for it.
#pragma once

#include "kisi_sandbox/sandbox.h"

#include <Poco/Dynamic/Var.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace kisi::sandbox::test {

inline constexpr const char* admin_key = "test-admin-key";

struct HttpResult {
    int status = 0;  // 0: no answer (connection dropped)
    std::map<std::string, std::string> headers;
    std::string body;

    Poco::Dynamic::Var json() const;
    Poco::JSON::Object::Ptr object() const;
    Poco::JSON::Array::Ptr array() const;
    std::string header(const std::string& name) const;
};

// The keys of a JSON object, to compare with the description's field list.
std::set<std::string> keys_of(const Poco::JSON::Object::Ptr& object);

class SandboxTest : public ::testing::Test {
  protected:
    // Demo seed, known admin key, rate limit off. Fixtures override to change options.
    virtual Options options() const;

    void SetUp() override;
    void TearDown() override;

    using Headers = std::vector<std::pair<std::string, std::string>>;
    HttpResult request(const std::string& method, const std::string& path,
                       const std::optional<std::string>& body, const Headers& headers);
    // `key` empty: no Authorization header.
    HttpResult call(const std::string& method, const std::string& path,
                    const std::optional<std::string>& body = std::nullopt,
                    const std::string& key = admin_key);
    HttpResult get(const std::string& path, const std::string& key = admin_key) {
        return call("GET", path, std::nullopt, key);
    }
    HttpResult post(const std::string& path, const std::string& body,
                    const std::string& key = admin_key) {
        return call("POST", path, body, key);
    }
    HttpResult patch(const std::string& path, const std::string& body) {
        return call("PATCH", path, body);
    }
    HttpResult put(const std::string& path, const std::string& body) {
        return call("PUT", path, body);
    }
    HttpResult del(const std::string& path) { return call("DELETE", path); }

    // Seeded demo records by name.
    std::int64_t place_id(const std::string& name);
    std::int64_t group_id(const std::string& name);
    std::int64_t lock_id(const std::string& place_name, const std::string& lock_name);

    // A managed user (send_emails false, confirm true); returns the id.
    std::int64_t create_user(const std::string& email, const std::string& name = "Test Person");
    std::int64_t assign(std::int64_t user_id, std::int64_t group_id,
                        const std::string& extra_fields = "");
    // A device login on the user's behalf; returns its secret.
    std::string login_for(const std::string& email);

    std::unique_ptr<Sandbox> sandbox_;
};

}  // namespace kisi::sandbox::test
