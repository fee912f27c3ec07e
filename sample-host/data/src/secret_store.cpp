#include "host_data/secret_store.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

#include <Poco/Base64Decoder.h>
#include <Poco/Base64Encoder.h>
#include <Poco/Crypto/Cipher.h>
#include <Poco/Crypto/CipherFactory.h>
#include <Poco/Crypto/CipherKey.h>
#include <Poco/Crypto/CryptoTransform.h>
#include <Poco/RandomStream.h>

namespace host::data {
namespace {

constexpr std::size_t key_size = 32;
constexpr std::size_t nonce_size = 12;
constexpr std::size_t tag_size = 16;

std::string random_bytes(std::size_t count) {
    Poco::RandomInputStream random;
    std::string bytes(count, '\0');
    random.read(bytes.data(), static_cast<std::streamsize>(count));
    return bytes;
}

Poco::Crypto::CipherKey::ByteVec bytes_of(const std::string& text) {
    return {text.begin(), text.end()};
}

// Binds the value to its slot: decryption checks it.
std::string slot_label(const std::string& plugin_id, const std::string& key) {
    return plugin_id + '\0' + key + '\0';
}

std::string run(Poco::Crypto::CryptoTransform& transform, const std::string& input) {
    std::string output(input.size() + transform.blockSize(), '\0');
    auto* out = reinterpret_cast<unsigned char*>(output.data());
    auto written = transform.transform(reinterpret_cast<const unsigned char*>(input.data()),
                                       static_cast<std::streamsize>(input.size()), out,
                                       static_cast<std::streamsize>(output.size()));
    written +=
        transform.finalize(out + written, static_cast<std::streamsize>(output.size()) - written);
    output.resize(static_cast<std::size_t>(written));
    return output;
}

std::string base64(const std::string& bytes) {
    std::ostringstream out;
    Poco::Base64Encoder encoder(out);
    encoder.rdbuf()->setLineLength(0);
    encoder << bytes;
    encoder.close();
    return out.str();
}

std::string unbase64(const std::string& text) {
    std::istringstream in(text);
    Poco::Base64Decoder decoder(in);
    return std::string(std::istreambuf_iterator<char>(decoder), {});
}

Result<std::string> read_or_create_key(const std::filesystem::path& key_file) {
    const std::string path = key_file.string();
    const int created = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL, 0600);
    if (created >= 0) {
        const std::string key = random_bytes(key_size);
        const bool complete =
            ::write(created, key.data(), key.size()) == static_cast<ssize_t>(key.size());
        ::close(created);
        if (!complete)
            return Error{ErrorKind::internal, "cannot write the secret key file " + path};
        return key;
    }
    struct stat status {};
    if (::stat(path.c_str(), &status) != 0) {
        return Error{ErrorKind::internal, "cannot create the secret key file " + path};
    }
    if ((status.st_mode & 077) != 0) {
        return Error{ErrorKind::internal, "the secret key file " + path +
                                              " is readable by other users; run chmod 600 on it"};
    }
    std::ifstream in(key_file, std::ios::binary);
    std::string key(std::istreambuf_iterator<char>(in), {});
    if (key.size() != key_size) {
        return Error{ErrorKind::internal, "the secret key file " + path + " is not a 32-byte key"};
    }
    return key;
}

}  // namespace

Result<std::shared_ptr<SecretStore>> SecretStore::open(std::shared_ptr<Database> database,
                                                       const std::filesystem::path& key_file) {
    auto key = read_or_create_key(key_file);
    if (!key) return key.error();
    return std::make_shared<SecretStore>(std::move(database), std::move(key).value());
}

SecretStore::SecretStore(std::shared_ptr<Database> database, std::string key)
    : database_(std::move(database)), key_(std::move(key)) {}

Status SecretStore::set(const std::string& plugin_id, const std::string& key,
                        const std::string& value) {
    std::string sealed;
    try {
        const std::string nonce = random_bytes(nonce_size);
        Poco::Crypto::Cipher::Ptr cipher =
            Poco::Crypto::CipherFactory::defaultFactory().createCipher(
                Poco::Crypto::CipherKey("aes-256-gcm", bytes_of(key_), bytes_of(nonce)));
        auto encryptor = cipher->createEncryptor();
        const std::string ciphertext = run(*encryptor, slot_label(plugin_id, key) + value);
        sealed = base64(nonce + ciphertext + encryptor->getTag(tag_size));
    } catch (const Poco::Exception& e) {
        return Error{ErrorKind::internal, "cannot encrypt a secret: " + e.displayText()};
    }
    return database_->read([&](Poco::Data::Session& session) -> Status {
        execute(session,
                "INSERT INTO secrets(plugin_id, key, sealed) VALUES(?, ?, ?) "
                "ON CONFLICT(plugin_id, key) DO UPDATE SET sealed = excluded.sealed",
                plugin_id, key, sealed);
        return Done{};
    });
}

Result<std::optional<std::string>> SecretStore::get(const std::string& plugin_id,
                                                    const std::string& key) {
    auto stored =
        database_->read([&](Poco::Data::Session& session) -> Result<std::optional<std::string>> {
            auto rows =
                select(session, "SELECT sealed FROM secrets WHERE plugin_id = ? AND key = ?",
                       plugin_id, key);
            if (rows.rowCount() == 0) return std::optional<std::string>{};
            return std::optional<std::string>{rows.value(0, 0).convert<std::string>()};
        });
    if (!stored || !stored.value()) return stored;
    const std::string unreadable = "the stored secret '" + key + "' of plugin '" + plugin_id +
                                   "' cannot be decrypted with this host's key file";
    const std::string bytes = unbase64(*stored.value());
    if (bytes.size() < nonce_size + tag_size) return Error{ErrorKind::internal, unreadable};
    try {
        Poco::Crypto::Cipher::Ptr cipher =
            Poco::Crypto::CipherFactory::defaultFactory().createCipher(Poco::Crypto::CipherKey(
                "aes-256-gcm", bytes_of(key_), bytes_of(bytes.substr(0, nonce_size))));
        auto decryptor = cipher->createDecryptor();
        decryptor->setTag(bytes.substr(bytes.size() - tag_size));
        const std::string plain =
            run(*decryptor, bytes.substr(nonce_size, bytes.size() - nonce_size - tag_size));
        const std::string label = slot_label(plugin_id, key);
        if (plain.compare(0, label.size(), label) != 0)
            return Error{ErrorKind::internal, unreadable};
        return std::optional<std::string>{plain.substr(label.size())};
    } catch (const Poco::Exception&) {
        return Error{ErrorKind::internal, unreadable};
    }
}

Status SecretStore::erase(const std::string& plugin_id, const std::string& key) {
    return database_->read([&](Poco::Data::Session& session) -> Status {
        execute(session, "DELETE FROM secrets WHERE plugin_id = ? AND key = ?", plugin_id, key);
        return Done{};
    });
}

}  // namespace host::data
