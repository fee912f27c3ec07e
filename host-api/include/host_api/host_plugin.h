/*
 * host_plugin.h: the binary contract between a childcare host and its integration plugins.
 *
 * Plain C so that any compiler, language or future out-of-process runner can speak it.
 *
 * Rules (see DESIGN.md section 3):
 *  1. Only C scalars, hp_str views, opaque handles and function pointers cross. No C++ type,
 *     exception or RTTI ever crosses. Booleans are uint8_t.
 *  2. Append-only. Every struct starts with struct_size. Fields are only ever appended, each
 *     with a "since x.y" note; a retired field keeps its slot. A side reads a field only when
 *     the other side's struct_size covers it AND it is non-null.
 *  3. Versions. HP_ABI_MAJOR is part of the entry symbol's name and of the descriptor. A host
 *     accepts a plugin of the same major whose minor is not newer than its own.
 *  4. Ownership. Inputs are borrowed for the duration of the call. Outputs are written into
 *     an hp_sink owned by the receiving side, which copies the bytes; nothing one side
 *     allocates is freed by the other.
 *  5. Errors are values: every call returns an hp_status and may write a human-readable
 *     message (UTF-8, no secrets) into its `error` sink.
 *  6. Threads. The host calls a plugin instance from one serial strand only: never two calls
 *     at once. Each function below notes its thread and lifecycle state:
 *       [loader]  the host's loader thread      [strand]  the plugin's serial strand
 *       [any]     any thread, including the plugin's own background threads
 *     Plugins may run background threads for I/O; they must stop them in deactivate.
 *  7. Libraries are never unloaded.
 *  8. Structured data crosses as JSON documents defined by the schemas in host-api/schemas.
 */
#ifndef HOST_API_HOST_PLUGIN_H
#define HOST_API_HOST_PLUGIN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define HP_ABI_MAJOR 1
#define HP_ABI_MINOR 0

/* The single exported symbol: "hp_plugin_entry_v" followed by the ABI major, placed in the
 * named section so that a host can list it without running plugin code. */
#define HP_ENTRY_SYMBOL "hp_plugin_entry_v1"
#define HP_ENTRY_SECTION "hostplug"

/* A UTF-8 string view; not NUL-terminated; borrowed for the duration of a call. */
typedef struct hp_str {
    const char* data;
    size_t size;
} hp_str;

typedef int32_t hp_status;
enum {
    HP_OK = 0,
    HP_E_INVALID_ARGUMENT = 1, /* the input is malformed or fails validation (HTTP 422) */
    HP_E_NOT_FOUND = 2,        /* the named page, action, tab, entity or secret does not exist */
    HP_E_CONFLICT = 3,         /* the request conflicts with existing state (HTTP 409) */
    HP_E_FORBIDDEN = 4,        /* the caller is not entitled to this (HTTP 403) */
    HP_E_UPSTREAM = 5,         /* a remote service refused the request (HTTP 502) */
    HP_E_UNAVAILABLE = 6,      /* a remote service could not be reached (HTTP 503) */
    HP_E_UNSUPPORTED = 7,      /* this entry point is not implemented */
    HP_E_EXCEPTION = 8,        /* the plugin threw; the message says what */
    HP_E_INTERNAL = 9          /* anything else */
};

typedef enum hp_log_level {
    HP_LOG_DEBUG = 0,
    HP_LOG_INFO = 1,
    HP_LOG_WARNING = 2,
    HP_LOG_ERROR = 3
} hp_log_level;

/* An output channel, valid only during the call it is passed to. The side that receives the
 * bytes creates it and owns the storage; the producing side calls write any number of times
 * and the bytes are appended. write returns HP_OK, or HP_E_INTERNAL when the receiver cannot
 * store them. The host passes sinks for a plugin's answers; a plugin passes sinks for a host
 * service's answers. */
typedef struct hp_sink {
    void* context;
    hp_status (*write)(struct hp_sink* self, hp_str bytes);
} hp_sink;

/* Opaque handles. */
typedef struct hp_host hp_host;         /* the host's context for one plugin */
typedef struct hp_instance hp_instance; /* the plugin's own state */

/* Services the host offers to a plugin. Every function is noexcept on the host side, may be
 * called from [any] thread between create and destroy, and never blocks for long. */
typedef struct hp_host_api {
    uint32_t struct_size;
    uint32_t abi_major;
    uint32_t abi_minor;
    uint32_t reserved0;

    /* since 1.0. Writes a line to the host's log, tagged with the plugin id. Never pass
     * secrets. */
    void (*log)(hp_host* host, int32_t level, hp_str message);

    /* since 1.0. Writes the absolute path of this plugin's private data directory (created by
     * the host) into `out`. */
    hp_status (*data_dir)(hp_host* host, hp_sink* out);

    /* since 1.0. Secret storage, encrypted at rest by the host and never logged.
     * secret_get returns HP_E_NOT_FOUND when the key is not set. */
    hp_status (*secret_get)(hp_host* host, hp_str key, hp_sink* out);
    hp_status (*secret_set)(hp_host* host, hp_str key, hp_str value);
    hp_status (*secret_delete)(hp_host* host, hp_str key);

    /* since 1.0. The host's current time in milliseconds since the Unix epoch. The host may
     * simulate this clock; plugins must use it instead of the system clock for business
     * decisions (contract windows, validity). */
    int64_t (*now_ms)(hp_host* host);

    /* since 1.0. Asks the host's directory for current facts (host-api/schemas/
     * directory.schema.json): `query_json` is a request document, the answer is written to
     * `out_json`. */
    hp_status (*directory_query)(hp_host* host, hp_str query_json, hp_sink* out_json);

    /* since 1.0. Raises an alert for the host's administrators (for example: the remote
     * service revoked our credentials). `level` is an hp_log_level. */
    void (*alert)(hp_host* host, int32_t level, hp_str message);
} hp_host_api;

/* The plugin's entry points. A null pointer means "not implemented". Every function writes a
 * human-readable message into `error` when it returns anything but HP_OK. */
typedef struct hp_plugin_vtbl {
    uint32_t struct_size;
    uint32_t reserved0;

    /* since 1.0. [loader, Loaded] Creates an instance. No threads or I/O to remote services
     * yet. On failure the plugin cleans up itself and destroy is not called. */
    hp_status (*create)(const hp_host_api* api, hp_host* host, hp_instance** out_instance,
                        hp_sink* error);

    /* since 1.0. [strand, Created or Active] Hands the plugin its host-stored settings
     * (manifest "settings", JSON object of key -> value, defaults filled in; "secret"
     * settings are not included: read them with secret_get). Called before activate and
     * again whenever an administrator changes them. */
    hp_status (*configure)(hp_instance* instance, hp_str settings_json, hp_sink* error);

    /* since 1.0. [strand, Configured] Starts the plugin: open storage, apply migrations,
     * start background threads. If it fails, deactivate is not called, destroy is. */
    hp_status (*activate)(hp_instance* instance, hp_sink* error);

    /* since 1.0. [strand, Active] Stops background work. After it returns the plugin
     * makes no further host-service calls. */
    hp_status (*deactivate)(hp_instance* instance, hp_sink* error);

    /* since 1.0. [loader, Created or Deactivated] Frees the instance. */
    void (*destroy)(hp_instance* instance);

    /* since 1.0. [strand, Active] Renders settings page `page_id` as a UI document
     * (host-api/schemas/ui-document.schema.json). `context_json` carries the viewer
     * ({"user": ...}). */
    hp_status (*render_page)(hp_instance* instance, hp_str page_id, hp_str context_json,
                             hp_sink* out_json, hp_sink* error);

    /* since 1.0. [strand, Active] Runs action `action_id` of page `page_id` with the request
     * {"row": ..., "values": {...}}; writes {"ok": bool, "message": ..., "field_errors": {...}}
     * into out_json. The status maps to the HTTP answer (HP_E_INVALID_ARGUMENT 422,
     * HP_E_CONFLICT 409, HP_E_UPSTREAM 502, HP_E_UNAVAILABLE 503). */
    hp_status (*run_action)(hp_instance* instance, hp_str page_id, hp_str action_id,
                            hp_str request_json, hp_sink* out_json, hp_sink* error);

    /* since 1.0. [strand, Active] Renders profile tab `tab_id` for the entity described by
     * `entity_json` ({"entity": "employee", "id": N}) as a UI document. */
    hp_status (*render_tab)(hp_instance* instance, hp_str tab_id, hp_str entity_json,
                            hp_sink* out_json, hp_sink* error);

    /* since 1.0. [strand, Active] Saves profile tab `tab_id` with {"values": {...}}; answers
     * like run_action. */
    hp_status (*save_tab)(hp_instance* instance, hp_str tab_id, hp_str entity_json,
                          hp_str request_json, hp_sink* out_json, hp_sink* error);

    /* since 1.0. [strand, Active] Delivers one host event (host-api/schemas/
     * event.schema.json). HP_OK acknowledges it: the plugin has durably recorded it and the
     * host stops redelivering. Any other status means "deliver again later". Events are
     * delivered at least once; the plugin deduplicates by event_id. */
    hp_status (*handle_event)(hp_instance* instance, hp_str event_json, hp_sink* error);

    /* since 1.0. [strand, Active] Lists the doors the person ({"adult_id": N} or
     * {"employee_id": N}) may open now: [{"id", "name", "place", "center"}]. */
    hp_status (*list_doors)(hp_instance* instance, hp_str person_json, hp_sink* out_json,
                            hp_sink* error);

    /* since 1.0. [strand, Active] Opens door `door_id` for the person. HP_E_FORBIDDEN when
     * the person is not entitled to it now; HP_E_UPSTREAM or HP_E_UNAVAILABLE with the
     * remote reason otherwise. Writes {"ok", "message"} into out_json. */
    hp_status (*unlock_door)(hp_instance* instance, hp_str person_json, hp_str door_id,
                             hp_sink* out_json, hp_sink* error);

    /* since 1.0. [strand, Active] Reports health: {"status": "ok"|"degraded"|"quarantined",
     * "message": ..., "pending_work": N}. pending_work 0 means the plugin is settled. */
    hp_status (*health)(hp_instance* instance, hp_sink* out_json, hp_sink* error);
} hp_plugin_vtbl;

/* True when the table `table` (a pointer to a struct of type `type` that came from the other
 * side) is large enough to hold function `fn` and that function is set. Rule 2: call no
 * function of the other side's tables without it. */
#define HP_HAS_FN(type, table, fn) \
    ((table)->struct_size >= offsetof(type, fn) + sizeof((table)->fn) && (table)->fn != NULL)

/* What the entry symbol returns; static storage owned by the plugin library. */
typedef struct hp_plugin_descriptor {
    uint32_t struct_size;
    uint32_t abi_major;
    uint32_t abi_minor;
    uint32_t reserved0;
    hp_str id;            /* since 1.0. equals the manifest's "id" */
    hp_str version;       /* since 1.0. equals the manifest's "version" */
    hp_str manifest_json; /* since 1.0. the manifest compiled in, without its "library" block */
    const hp_plugin_vtbl* vtbl; /* since 1.0 */
} hp_plugin_descriptor;

/* [loader] The entry point. Must not start threads or touch the file system. Returns null
 * when the plugin cannot serve a host of that ABI version. */
typedef const hp_plugin_descriptor* hp_entry_fn(uint32_t host_abi_major, uint32_t host_abi_minor);

#ifdef __cplusplus
}
#endif

#endif /* HOST_API_HOST_PLUGIN_H */
