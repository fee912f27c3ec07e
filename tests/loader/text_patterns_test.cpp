#include "text_patterns.hpp"

#include <gtest/gtest.h>

#include <string>

namespace {

using namespace host::loader;

TEST(TextPatternsTest, Identifiers) {
    EXPECT_TRUE(is_plugin_id("kisi"));
    EXPECT_TRUE(is_plugin_id("com.example.door-sync_2"));
    EXPECT_FALSE(is_plugin_id("k"));
    EXPECT_FALSE(is_plugin_id("Kisi"));
    EXPECT_FALSE(is_plugin_id("1kisi"));
    EXPECT_FALSE(is_plugin_id(std::string(65, 'a')));
    EXPECT_TRUE(is_identifier("a"));
    EXPECT_FALSE(is_identifier("a.b"));
    EXPECT_TRUE(is_ui_id("Place:17.door-2"));
    EXPECT_FALSE(is_ui_id("with space"));
    EXPECT_FALSE(is_ui_id(std::string(129, 'a')));
}

TEST(TextPatternsTest, FilesHashesAndEmails) {
    EXPECT_TRUE(is_file_name("libkisi.so"));
    EXPECT_FALSE(is_file_name("../libkisi.so"));
    EXPECT_FALSE(is_file_name("lib/kisi.so"));
    EXPECT_TRUE(is_sha256_hex(std::string(64, 'a')));
    EXPECT_FALSE(is_sha256_hex(std::string(64, 'A')));
    EXPECT_FALSE(is_sha256_hex(std::string(63, 'a')));
    EXPECT_TRUE(is_email("ada@example.org"));
    EXPECT_FALSE(is_email("ada@example"));
    EXPECT_FALSE(is_email("ada@@example.org"));
    EXPECT_FALSE(is_email("a da@example.org"));
    EXPECT_FALSE(is_email("@example.org"));
    EXPECT_FALSE(is_email("ada@example."));
    EXPECT_FALSE(is_email(std::string(100000, 'a')));  // long input, no recursion
}

}  // namespace
