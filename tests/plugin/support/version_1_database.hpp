#pragma once

#include <filesystem>

namespace kisi::test {

// Writes a plugin database exactly as version 1 of the schema left it, by hand, with some
// configuration an admin made then: options (3, 2, 20, 7), a connection to "Little Acorns"
// whose key ends in "abcd", place 11 "Maple Street Center" linked to center 1 with parent
// group 101 and staff group 102.
void write_version_1_database(const std::filesystem::path& file);

}  // namespace kisi::test
