#include "sandbox_fixture.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>
#include <Poco/String.h>
#include <Poco/URI.h>

namespace kisi::sandbox::test {

Poco::Dynamic::Var HttpResult::json() const {
    return Poco::JSON::Parser().parse(body);
}

Poco::JSON::Object::Ptr HttpResult::object() const {
    return json().extract<Poco::JSON::Object::Ptr>();
}

Poco::JSON::Array::Ptr HttpResult::array() const {
    return json().extract<Poco::JSON::Array::Ptr>();
}

std::string HttpResult::header(const std::string& name) const {
    const auto it = headers.find(Poco::toLower(name));
    return it == headers.end() ? "" : it->second;
}

std::set<std::string> keys_of(const Poco::JSON::Object::Ptr& object) {
    std::set<std::string> keys;
    for (const auto& [key, value] : *object) keys.insert(key);
    return keys;
}

Options SandboxTest::options() const {
    Options options;
    options.api_key = admin_key;
    options.seed = Seed::demo;
    options.rate_limit = 0;
    return options;
}

void SandboxTest::SetUp() {
    sandbox_ = std::make_unique<Sandbox>(options());
    const StartResult started = sandbox_->start();
    ASSERT_TRUE(started.ok) << started.message;
}

void SandboxTest::TearDown() {
    sandbox_.reset();
}

HttpResult SandboxTest::call(const std::string& method, const std::string& path,
                             const std::optional<std::string>& body, const std::string& key) {
    Headers headers = {{"Accept", "application/json"}};
    if (!key.empty()) headers.emplace_back("Authorization", "KISI-LOGIN " + key);
    return request(method, path, body, headers);
}

HttpResult SandboxTest::request(const std::string& method, const std::string& path,
                                const std::optional<std::string>& body, const Headers& headers) {
    HttpResult result;
    try {
        Poco::Net::HTTPClientSession session("127.0.0.1", sandbox_->port());
        session.setTimeout(Poco::Timespan(10, 0));
        Poco::Net::HTTPRequest request(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
        for (const auto& [name, value] : headers) request.set(name, value);
        if (body) {
            request.setContentType("application/json");
            request.setContentLength(static_cast<std::streamsize>(body->size()));
            session.sendRequest(request) << *body;
        } else {
            session.sendRequest(request);
        }
        Poco::Net::HTTPResponse response;
        std::istream& stream = session.receiveResponse(response);
        Poco::StreamCopier::copyToString(stream, result.body);
        result.status = response.getStatus();
        for (const auto& [name, value] : response) result.headers[Poco::toLower(name)] = value;
    } catch (const Poco::Exception&) {
        result.status = 0;  // the connection closed without an answer
    }
    return result;
}

namespace {

std::int64_t find_by_name(const HttpResult& list, const std::string& name,
                          const std::string& place_name = "") {
    const auto items = list.array();
    for (std::size_t i = 0; i < items->size(); ++i) {
        const auto item = items->getObject(static_cast<unsigned>(i));
        if (item->getValue<std::string>("name") != name) continue;
        if (!place_name.empty() &&
            item->getObject("place")->getValue<std::string>("name") != place_name) {
            continue;
        }
        return item->getValue<std::int64_t>("id");
    }
    ADD_FAILURE() << "no record named " << name;
    return 0;
}

}  // namespace

std::int64_t SandboxTest::place_id(const std::string& name) {
    return find_by_name(get("/places?limit=250"), name);
}

std::int64_t SandboxTest::group_id(const std::string& name) {
    return find_by_name(get("/groups?limit=250"), name);
}

std::int64_t SandboxTest::lock_id(const std::string& place_name, const std::string& lock_name) {
    return find_by_name(get("/locks?limit=250"), lock_name, place_name);
}

std::int64_t SandboxTest::create_user(const std::string& email, const std::string& name) {
    const HttpResult created =
        post("/users", R"({"user":{"email":")" + email + R"(","name":")" + name +
                           R"(","send_emails":false,"confirm":true}})");
    EXPECT_EQ(created.status, 200) << created.body;
    return created.status == 200 ? created.object()->getValue<std::int64_t>("id") : 0;
}

std::int64_t SandboxTest::assign(std::int64_t user_id, std::int64_t group_id,
                                 const std::string& extra_fields) {
    const HttpResult created =
        post("/role_assignments",
             R"({"role_assignment":{"applies_to_type":"Group","applies_to_id":)" +
                 std::to_string(group_id) + R"(,"assignee_type":"User","assignee_id":)" +
                 std::to_string(user_id) + R"(,"role_id":"group_basic")" +
                 (extra_fields.empty() ? "" : "," + extra_fields) + "}}");
    EXPECT_EQ(created.status, 200) << created.body;
    return created.status == 200 ? created.object()->getValue<std::int64_t>("id") : 0;
}

std::string SandboxTest::login_for(const std::string& email) {
    const HttpResult created =
        post("/logins", R"({"login":{"type":"device","email":")" + email + R"("},"user":{}})");
    EXPECT_EQ(created.status, 200) << created.body;
    return created.status == 200 ? created.object()->getValue<std::string>("secret") : "";
}

}  // namespace kisi::sandbox::test
