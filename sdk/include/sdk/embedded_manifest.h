/* embedded_manifest.h: the manifest compiled into a plugin by add_host_plugin()
 * (sdk/cmake/HostPlugin.cmake generates the definitions from manifest.json). */
#ifndef SDK_EMBEDDED_MANIFEST_H
#define SDK_EMBEDDED_MANIFEST_H

#ifdef __cplusplus
extern "C" {
#endif

extern const char hp_embedded_manifest[];       /* manifest.json without "library", UTF-8 JSON */
extern const char hp_embedded_plugin_id[];      /* the manifest's "id" */
extern const char hp_embedded_plugin_version[]; /* the manifest's "version" */

#ifdef __cplusplus
}
#endif

#endif /* SDK_EMBEDDED_MANIFEST_H */
