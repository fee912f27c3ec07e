#include "core/secrets.h"

#include <Poco/HexBinaryEncoder.h>
#include <Poco/RandomStream.h>

#include <array>
#include <sstream>

namespace kisi::sandbox {

std::string random_secret() {
    std::array<char, 20> bytes{};
    Poco::RandomInputStream random;
    random.read(bytes.data(), bytes.size());
    std::ostringstream hex;
    Poco::HexBinaryEncoder encoder(hex);
    encoder.rdbuf()->setLineLength(0);
    encoder.write(bytes.data(), bytes.size());
    encoder.close();
    return hex.str();
}

}  // namespace kisi::sandbox
