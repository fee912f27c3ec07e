#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace host::ui {

// How the admin password is chosen at startup.
struct PasswordPolicy {
    std::optional<std::string> requested;  // --admin-password: store this one
    bool fresh_each_start = false;         // --demo: a new generated password on every start
};

// The outcome of preparing the admin password: the password to print when one was generated
// (it is shown once and never stored in clear), or why it could not be set up.
struct PreparedPassword {
    std::optional<std::string> generated;
    std::string error;  // empty when ready
};

// The administrator's password, kept as a salted PBKDF2 hash in a file of the data directory
// (mode 0600). A first start without one generates a password.
class AdminCredentials {
  public:
    explicit AdminCredentials(std::filesystem::path hash_file);

    PreparedPassword prepare(const PasswordPolicy& policy);
    bool verify(std::string_view password) const;

    static constexpr std::size_t kMinimumLength = 8;

  private:
    std::string store(std::string_view password);  // answers an error or ""

    std::filesystem::path hash_file_;
    std::string hash_;
};

}  // namespace host::ui
