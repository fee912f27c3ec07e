#include "host_ui/admin_credentials.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>

#include "host_ui/password_hash.h"
#include "host_ui/random_token.h"

namespace host::ui {

namespace {
constexpr std::size_t kGeneratedBytes = 15;  // 20 base64url characters
}

AdminCredentials::AdminCredentials(std::filesystem::path hash_file)
    : hash_file_(std::move(hash_file)) {}

PreparedPassword AdminCredentials::prepare(const PasswordPolicy& policy) {
    if (policy.requested) {
        if (policy.requested->size() < kMinimumLength) {
            return {std::nullopt, "the admin password must have at least " +
                                      std::to_string(kMinimumLength) + " characters"};
        }
        return {std::nullopt, store(*policy.requested)};
    }
    if (!policy.fresh_each_start) {
        std::ifstream in(hash_file_);
        std::getline(in, hash_);
        if (!hash_.empty()) return {};
    }
    std::string password = randomToken(kGeneratedBytes);
    std::string error = store(password);
    if (!error.empty()) return {std::nullopt, error};
    return {std::move(password), ""};
}

bool AdminCredentials::verify(std::string_view password) const {
    return !hash_.empty() && verifyPassword(password, hash_);
}

std::string AdminCredentials::store(std::string_view password) {
    std::string hash = hashPassword(password);
    std::error_code ignored;
    std::filesystem::create_directories(hash_file_.parent_path(), ignored);
    const std::string temp = hash_file_.string() + ".tmp";
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    const std::string line = hash + "\n";
    const bool written =
        fd >= 0 && ::write(fd, line.data(), line.size()) == static_cast<ssize_t>(line.size());
    const int saved_errno = errno;
    if (fd >= 0) ::close(fd);
    if (!written || ::rename(temp.c_str(), hash_file_.c_str()) != 0) {
        return "cannot store the admin password in " + hash_file_.string() + ": " +
               std::strerror(written ? errno : saved_errno);
    }
    hash_ = std::move(hash);
    return "";
}

}  // namespace host::ui
