// The ABI header compiles as C++ with the layout pinned in abi_layout_asserts.h, the same as
// in C (abi_layout.c).
#include "abi_layout_asserts.h"

#include <gtest/gtest.h>

#include <string>

extern "C" size_t abi_layout_c_descriptor_size(void);

namespace {

TEST(AbiLayoutTest, CAndCppAgreeOnTheDescriptor) {
    EXPECT_EQ(abi_layout_c_descriptor_size(), sizeof(hp_plugin_descriptor));
}

TEST(AbiLayoutTest, TheEntrySymbolCarriesTheAbiMajor) {
    EXPECT_EQ(std::string(HP_ENTRY_SYMBOL), "hp_plugin_entry_v" + std::to_string(HP_ABI_MAJOR));
    EXPECT_LE(std::string(HP_ENTRY_SECTION).size(), 8u)
        << "Boost.DLL section names have at most 8 bytes";
}

TEST(AbiLayoutTest, HasFnChecksSizeAndPresence) {
    hp_plugin_vtbl table{};
    table.struct_size = offsetof(hp_plugin_vtbl, health);  // an older table without health
    table.health = nullptr;
    EXPECT_FALSE(HP_HAS_FN(hp_plugin_vtbl, &table, health));
    table.destroy = [](hp_instance*) {};
    EXPECT_TRUE(HP_HAS_FN(hp_plugin_vtbl, &table, destroy));
    table.create = nullptr;
    EXPECT_FALSE(HP_HAS_FN(hp_plugin_vtbl, &table, create));
}

}  // namespace
