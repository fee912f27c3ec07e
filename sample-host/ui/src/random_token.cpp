#include "host_ui/random_token.h"

#include <Poco/Base64Encoder.h>
#include <Poco/RandomStream.h>

#include <sstream>
#include <vector>

namespace host::ui {

std::string randomToken(std::size_t bytes) {
    // RandomInputStream reads the kernel's CSPRNG (/dev/urandom) on Linux.
    std::vector<char> buffer(bytes);
    Poco::RandomInputStream random;
    random.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));

    std::ostringstream out;
    Poco::Base64Encoder encoder(out, Poco::BASE64_URL_ENCODING | Poco::BASE64_NO_PADDING);
    encoder.rdbuf()->setLineLength(0);
    encoder.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    encoder.close();
    return out.str();
}

bool constantTimeEquals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    unsigned char difference = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    }
    return difference == 0;
}

}  // namespace host::ui
