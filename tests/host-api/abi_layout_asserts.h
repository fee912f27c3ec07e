/* abi_layout_asserts.h: the layout of every ABI struct on LP64 platforms (Linux x86-64 and
 * AArch64), checked at compile time. Included from a C and a C++ translation unit so that the
 * header means the same in both languages. A failure here means a field was inserted,
 * removed, resized or reordered: fields may only be appended (host_plugin.h rule 2). */
#include <host_api/host_plugin.h>

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
#define ABI_ASSERT(condition) static_assert(condition, #condition)
#else
#define ABI_ASSERT(condition) _Static_assert(condition, #condition)
#endif

#if UINTPTR_MAX == 0xFFFFFFFFFFFFFFFFu

ABI_ASSERT(sizeof(hp_str) == 16);
ABI_ASSERT(offsetof(hp_str, data) == 0);
ABI_ASSERT(offsetof(hp_str, size) == 8);

ABI_ASSERT(sizeof(hp_status) == 4);

ABI_ASSERT(sizeof(hp_sink) == 16);
ABI_ASSERT(offsetof(hp_sink, context) == 0);
ABI_ASSERT(offsetof(hp_sink, write) == 8);

ABI_ASSERT(offsetof(hp_host_api, struct_size) == 0);
ABI_ASSERT(offsetof(hp_host_api, abi_major) == 4);
ABI_ASSERT(offsetof(hp_host_api, abi_minor) == 8);
ABI_ASSERT(offsetof(hp_host_api, reserved0) == 12);
ABI_ASSERT(offsetof(hp_host_api, log) == 16);
ABI_ASSERT(offsetof(hp_host_api, data_dir) == 24);
ABI_ASSERT(offsetof(hp_host_api, secret_get) == 32);
ABI_ASSERT(offsetof(hp_host_api, secret_set) == 40);
ABI_ASSERT(offsetof(hp_host_api, secret_delete) == 48);
ABI_ASSERT(offsetof(hp_host_api, now_ms) == 56);
ABI_ASSERT(offsetof(hp_host_api, directory_query) == 64);
ABI_ASSERT(offsetof(hp_host_api, alert) == 72);
ABI_ASSERT(sizeof(hp_host_api) == 80);

ABI_ASSERT(offsetof(hp_plugin_vtbl, struct_size) == 0);
ABI_ASSERT(offsetof(hp_plugin_vtbl, reserved0) == 4);
ABI_ASSERT(offsetof(hp_plugin_vtbl, create) == 8);
ABI_ASSERT(offsetof(hp_plugin_vtbl, configure) == 16);
ABI_ASSERT(offsetof(hp_plugin_vtbl, activate) == 24);
ABI_ASSERT(offsetof(hp_plugin_vtbl, deactivate) == 32);
ABI_ASSERT(offsetof(hp_plugin_vtbl, destroy) == 40);
ABI_ASSERT(offsetof(hp_plugin_vtbl, render_page) == 48);
ABI_ASSERT(offsetof(hp_plugin_vtbl, run_action) == 56);
ABI_ASSERT(offsetof(hp_plugin_vtbl, render_tab) == 64);
ABI_ASSERT(offsetof(hp_plugin_vtbl, save_tab) == 72);
ABI_ASSERT(offsetof(hp_plugin_vtbl, handle_event) == 80);
ABI_ASSERT(offsetof(hp_plugin_vtbl, list_doors) == 88);
ABI_ASSERT(offsetof(hp_plugin_vtbl, unlock_door) == 96);
ABI_ASSERT(offsetof(hp_plugin_vtbl, health) == 104);
ABI_ASSERT(sizeof(hp_plugin_vtbl) == 112);

ABI_ASSERT(offsetof(hp_plugin_descriptor, struct_size) == 0);
ABI_ASSERT(offsetof(hp_plugin_descriptor, abi_major) == 4);
ABI_ASSERT(offsetof(hp_plugin_descriptor, abi_minor) == 8);
ABI_ASSERT(offsetof(hp_plugin_descriptor, reserved0) == 12);
ABI_ASSERT(offsetof(hp_plugin_descriptor, id) == 16);
ABI_ASSERT(offsetof(hp_plugin_descriptor, version) == 32);
ABI_ASSERT(offsetof(hp_plugin_descriptor, manifest_json) == 48);
ABI_ASSERT(offsetof(hp_plugin_descriptor, vtbl) == 64);
ABI_ASSERT(sizeof(hp_plugin_descriptor) == 72);

#endif

/* Status codes and log levels are part of the ABI too. */
ABI_ASSERT(HP_OK == 0);
ABI_ASSERT(HP_E_INVALID_ARGUMENT == 1);
ABI_ASSERT(HP_E_NOT_FOUND == 2);
ABI_ASSERT(HP_E_CONFLICT == 3);
ABI_ASSERT(HP_E_FORBIDDEN == 4);
ABI_ASSERT(HP_E_UPSTREAM == 5);
ABI_ASSERT(HP_E_UNAVAILABLE == 6);
ABI_ASSERT(HP_E_UNSUPPORTED == 7);
ABI_ASSERT(HP_E_EXCEPTION == 8);
ABI_ASSERT(HP_E_INTERNAL == 9);
ABI_ASSERT(HP_LOG_DEBUG == 0 && HP_LOG_INFO == 1 && HP_LOG_WARNING == 2 && HP_LOG_ERROR == 3);
