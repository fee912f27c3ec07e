#include "semver.hpp"

#include <gtest/gtest.h>

namespace {

using host::loader::SemVer;

SemVer v(const std::string& text) {
    auto parsed = SemVer::parse(text);
    EXPECT_TRUE(parsed) << text;
    return parsed.value_or(SemVer{});
}

TEST(SemVerTest, ParsesValidVersionsAndRejectsOthers) {
    EXPECT_EQ(v("1.2.3").minor, 2u);
    EXPECT_EQ(v("1.0.0-alpha.1+build.5").prerelease, (std::vector<std::string>{"alpha", "1"}));
    for (const char* bad : {"1.2", "01.2.3", "1.2.3-", "1.2.3-01", "v1.2.3", "1.2.3.4", ""}) {
        EXPECT_FALSE(SemVer::parse(bad)) << bad;
    }
}

TEST(SemVerTest, OrdersByPrecedence) {
    // The example chain from semver.org, section 11.
    const char* chain[] = {"1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta",
                           "1.0.0-beta",  "1.0.0-beta.2",  "1.0.0-beta.11",
                           "1.0.0-rc.1",  "1.0.0",         "1.0.1",
                           "1.1.0",       "2.0.0"};
    for (std::size_t i = 0; i + 1 < std::size(chain); ++i) {
        EXPECT_LT(v(chain[i]), v(chain[i + 1])) << chain[i] << " < " << chain[i + 1];
    }
    EXPECT_EQ(v("1.0.0+a"), v("1.0.0+b"));
}

}  // namespace
