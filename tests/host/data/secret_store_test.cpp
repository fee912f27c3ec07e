#include <sys/stat.h>

#include <fstream>

#include "data_fixture.h"
#include "host_data/secret_store.h"

namespace host::testing {
namespace {

class SecretStoreTest : public DataFixture {
  protected:
    std::filesystem::path key_file() const { return dir.path() / "secrets.key"; }
};

TEST_F(SecretStoreTest, StoresEncryptedValuesPerPlugin) {
    auto secrets = expect_ok(data::SecretStore::open(database, key_file()));
    expect_ok(secrets->set("kisi", "api_key", "super-secret-value"));
    expect_ok(secrets->set("other", "api_key", "another"));
    EXPECT_EQ(*expect_ok(secrets->get("kisi", "api_key")), "super-secret-value");
    EXPECT_EQ(*expect_ok(secrets->get("other", "api_key")), "another");
    EXPECT_FALSE(expect_ok(secrets->get("kisi", "missing")));

    const auto stored =
        expect_ok(database->read([](Poco::Data::Session& s) -> data::Result<std::string> {
            auto rows = data::select(s, "SELECT group_concat(sealed, '|') FROM secrets");
            return rows.value(0, 0).convert<std::string>();
        }));
    EXPECT_EQ(stored.find("super-secret-value"), std::string::npos);
}

TEST_F(SecretStoreTest, SameValueEncryptsDifferentlyEachTime) {
    auto secrets = expect_ok(data::SecretStore::open(database, key_file()));
    const auto sealed = [&] {
        return expect_ok(database->read([](Poco::Data::Session& s) -> data::Result<std::string> {
            return data::select(s, "SELECT sealed FROM secrets").value(0, 0).convert<std::string>();
        }));
    };
    expect_ok(secrets->set("kisi", "api_key", "value"));
    const auto first = sealed();
    expect_ok(secrets->set("kisi", "api_key", "value"));
    EXPECT_NE(first, sealed());
}

TEST_F(SecretStoreTest, KeyFileIsPrivateAndReused) {
    expect_ok(expect_ok(data::SecretStore::open(database, key_file()))->set("p", "k", "v"));
    struct stat status {};
    ASSERT_EQ(::stat(key_file().c_str(), &status), 0);
    EXPECT_EQ(status.st_mode & 0777, 0600u);
    EXPECT_EQ(status.st_size, 32);
    auto reopened = expect_ok(data::SecretStore::open(database, key_file()));
    EXPECT_EQ(*expect_ok(reopened->get("p", "k")), "v");
}

TEST_F(SecretStoreTest, RefusesAKeyFileOthersCanRead) {
    expect_ok(data::SecretStore::open(database, key_file()));
    std::filesystem::permissions(key_file(), std::filesystem::perms::group_read,
                                 std::filesystem::perm_options::add);
    auto refused = data::SecretStore::open(database, key_file());
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().message.find("chmod 600"), std::string::npos);
}

TEST_F(SecretStoreTest, AnotherKeyCannotReadAndSaysSoWithoutTheValue) {
    expect_ok(expect_ok(data::SecretStore::open(database, key_file()))->set("p", "k", "hunter2"));
    std::filesystem::remove(key_file());
    auto other = expect_ok(data::SecretStore::open(database, key_file()));
    auto unreadable = other->get("p", "k");
    ASSERT_FALSE(unreadable.ok());
    EXPECT_NE(unreadable.error().message.find("cannot be decrypted"), std::string::npos);
    EXPECT_EQ(unreadable.error().message.find("hunter2"), std::string::npos);
}

TEST_F(SecretStoreTest, AValueCannotBeMovedToAnotherSlot) {
    auto secrets = expect_ok(data::SecretStore::open(database, key_file()));
    expect_ok(secrets->set("p", "a", "value-a"));
    expect_ok(database->read([](Poco::Data::Session& s) -> data::Status {
        data::execute(s,
                      "INSERT INTO secrets(plugin_id, key, sealed) "
                      "SELECT plugin_id, 'b', sealed FROM secrets WHERE key = 'a'");
        return data::Done{};
    }));
    EXPECT_FALSE(secrets->get("p", "b").ok());
    expect_ok(secrets->erase("p", "a"));
    EXPECT_FALSE(expect_ok(secrets->get("p", "a")));
}

}  // namespace
}  // namespace host::testing
