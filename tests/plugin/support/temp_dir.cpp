#include "support/temp_dir.hpp"

#include <Poco/TemporaryFile.h>

namespace kisi::test {

TempDir::TempDir() : path_(Poco::TemporaryFile::tempName()) {
    std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
}

}  // namespace kisi::test
