#include "host_ui/password_hash.h"

#include <Poco/Base64Decoder.h>
#include <Poco/Base64Encoder.h>
#include <Poco/HMACEngine.h>
#include <Poco/NumberParser.h>
#include <Poco/PBKDF2Engine.h>
#include <Poco/SHA2Engine.h>
#include <Poco/StringTokenizer.h>

#include <sstream>

#include "host_ui/random_token.h"

namespace host::ui {
namespace {

constexpr std::string_view kScheme = "pbkdf2-sha256";
constexpr unsigned kIterations = 100000;
constexpr unsigned kKeyBytes = 32;
constexpr std::size_t kSaltBytes = 16;

// HMACEngine needs the block and digest sizes as class constants.
class Sha256Engine : public Poco::SHA2Engine {
  public:
    enum { BLOCK_SIZE = 64, DIGEST_SIZE = 32 };
    Sha256Engine() : Poco::SHA2Engine(SHA_256) {}
};

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

std::string derive(std::string_view password, const std::string& salt, unsigned iterations) {
    Poco::PBKDF2Engine<Poco::HMACEngine<Sha256Engine>> engine(salt, iterations, kKeyBytes);
    engine.update(password.data(), password.size());
    const auto& digest = engine.digest();
    return std::string(digest.begin(), digest.end());
}

}  // namespace

std::string hashPassword(std::string_view password) {
    // The salt's text form is itself random bytes; PBKDF2 only needs it unique.
    const std::string salt = randomToken(kSaltBytes);
    std::ostringstream out;
    out << kScheme << '$' << kIterations << '$' << salt << '$'
        << base64(derive(password, salt, kIterations));
    return out.str();
}

bool verifyPassword(std::string_view password, std::string_view encoded) {
    Poco::StringTokenizer parts(std::string(encoded), "$");
    if (parts.count() != 4 || parts[0] != kScheme) return false;
    unsigned iterations = 0;
    if (!Poco::NumberParser::tryParseUnsigned(parts[1], iterations) || iterations == 0) {
        return false;
    }
    try {
        return constantTimeEquals(derive(password, parts[2], iterations), unbase64(parts[3]));
    } catch (const Poco::Exception&) {
        return false;  // a corrupt base64 hash matches nothing
    }
}

}  // namespace host::ui
