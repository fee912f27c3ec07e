/* The ABI header compiles as C, with the same layout as in C++ (abi_layout_test.cpp). */
#include "abi_layout_asserts.h"

/* Lets the C++ test see that this translation unit was compiled and linked in. */
size_t abi_layout_c_descriptor_size(void) {
    return sizeof(hp_plugin_descriptor);
}
