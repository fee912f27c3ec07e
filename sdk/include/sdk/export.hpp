// export.hpp: HOST_PLUGIN_EXPORT(Class) turns an sdk::Plugin subclass into the C ABI of
// host_plugin.h: a static descriptor, a function table of noexcept trampolines, and the entry
// symbol hp_plugin_entry_v1 in section "hostplug" (published with BOOST_DLL_ALIAS_SECTIONED).
//
// Use it once per plugin library, at global namespace scope, in a file that add_host_plugin()
// compiles (it provides the embedded manifest).
#pragma once

#include <sdk/embedded_manifest.h>
#include <sdk/plugin.hpp>

#include <host_api/host_plugin.h>

#include <boost/dll/alias.hpp>
#include <boost/preprocessor/cat.hpp>

#include <cstring>
#include <memory>
#include <string_view>
#include <type_traits>

namespace sdk::detail {

// Appends text to a sink; a null sink discards it.
inline void write(hp_sink* sink, std::string_view text) noexcept {
    if (sink != nullptr && sink->write != nullptr && !text.empty()) {
        sink->write(sink, hp_str{text.data(), text.size()});
    }
}

inline std::string_view view(hp_str text) noexcept {
    return text.data == nullptr ? std::string_view{} : std::string_view{text.data, text.size};
}

inline hp_str to_hp_str(const char* text) noexcept {
    return hp_str{text, std::strlen(text)};
}

// Runs `body` (which answers an hp_status) and turns every exception into a status and a
// message in `error`.
template <class Body>
hp_status guarded(hp_sink* error, Body&& body) noexcept {
    try {
        return body();
    } catch (const Error& e) {
        write(error, e.what());
        return e.status();
    } catch (const std::exception& e) {
        write(error, e.what());
        return HP_E_EXCEPTION;
    } catch (...) {
        write(error, "unknown exception");
        return HP_E_EXCEPTION;
    }
}

inline hp_status answer(const Reply& reply, hp_sink* out, hp_sink* error) {
    write(out, reply.json());
    if (reply.status() != HP_OK) write(error, reply.message());
    return reply.status();
}

// True when T overrides Plugin's method: &T::m then names a member of T, not of Plugin.
#define SDK_OVERRIDES(T, method) \
    (!std::is_same_v<decltype(&T::method), decltype(&::sdk::Plugin::method)>)

template <class T>
struct Exporter {
    static_assert(std::is_base_of_v<Plugin, T>, "HOST_PLUGIN_EXPORT needs an sdk::Plugin subclass");

    static Plugin& self(hp_instance* instance) { return *reinterpret_cast<Plugin*>(instance); }

    static hp_status create(const hp_host_api* api, hp_host* host, hp_instance** out,
                            hp_sink* error) noexcept {
        return guarded(error, [&] {
            *out = reinterpret_cast<hp_instance*>(static_cast<Plugin*>(new T(Host(api, host))));
            return HP_OK;
        });
    }
    static void destroy(hp_instance* instance) noexcept {
        // A throwing destructor would terminate here; plugins must not have one.
        delete &self(instance);
    }
    static hp_status configure(hp_instance* instance, hp_str settings, hp_sink* error) noexcept {
        return guarded(error, [&] {
            self(instance).configure(json::parse_object(view(settings), "settings"));
            return HP_OK;
        });
    }
    static hp_status activate(hp_instance* instance, hp_sink* error) noexcept {
        return guarded(error, [&] {
            self(instance).activate();
            return HP_OK;
        });
    }
    static hp_status deactivate(hp_instance* instance, hp_sink* error) noexcept {
        return guarded(error, [&] {
            self(instance).deactivate();
            return HP_OK;
        });
    }
    static hp_status render_page(hp_instance* instance, hp_str page, hp_str context, hp_sink* out,
                                 hp_sink* error) noexcept {
        return guarded(error, [&] {
            return answer(self(instance).render_page(std::string(view(page)),
                                                     json::parse_object(view(context), "context")),
                          out, error);
        });
    }
    static hp_status run_action(hp_instance* instance, hp_str page, hp_str action, hp_str request,
                                hp_sink* out, hp_sink* error) noexcept {
        return guarded(error, [&] {
            auto parsed = ActionRequest::parse(json::parse_object(view(request), "request"));
            return answer(self(instance).run_action(std::string(view(page)),
                                                    std::string(view(action)), parsed),
                          out, error);
        });
    }
    static hp_status render_tab(hp_instance* instance, hp_str tab, hp_str entity, hp_sink* out,
                                hp_sink* error) noexcept {
        return guarded(error, [&] {
            return answer(self(instance).render_tab(std::string(view(tab)),
                                                    json::parse_object(view(entity), "entity")),
                          out, error);
        });
    }
    static hp_status save_tab(hp_instance* instance, hp_str tab, hp_str entity, hp_str request,
                              hp_sink* out, hp_sink* error) noexcept {
        return guarded(error, [&] {
            auto parsed = ActionRequest::parse(json::parse_object(view(request), "request"));
            return answer(
                self(instance).save_tab(std::string(view(tab)),
                                        json::parse_object(view(entity), "entity"), parsed),
                out, error);
        });
    }
    static hp_status handle_event(hp_instance* instance, hp_str event, hp_sink* error) noexcept {
        return guarded(error, [&] {
            return answer(self(instance).handle_event(json::parse_object(view(event), "event")),
                          nullptr, error);
        });
    }
    static hp_status list_doors(hp_instance* instance, hp_str person, hp_sink* out,
                                hp_sink* error) noexcept {
        return guarded(error, [&] {
            return answer(self(instance).list_doors(json::parse_object(view(person), "person")),
                          out, error);
        });
    }
    static hp_status unlock_door(hp_instance* instance, hp_str person, hp_str door, hp_sink* out,
                                 hp_sink* error) noexcept {
        return guarded(error, [&] {
            return answer(self(instance).unlock_door(json::parse_object(view(person), "person"),
                                                     std::string(view(door))),
                          out, error);
        });
    }
    static hp_status health(hp_instance* instance, hp_sink* out, hp_sink* error) noexcept {
        return guarded(error, [&] { return answer(self(instance).health(), out, error); });
    }

    // Only overridden methods get a slot; the host treats a null slot as "not implemented".
    static constexpr hp_plugin_vtbl vtbl() {
        hp_plugin_vtbl table{};
        table.struct_size = sizeof(hp_plugin_vtbl);
        table.create = &create;
        table.destroy = &destroy;
        if constexpr (SDK_OVERRIDES(T, configure)) table.configure = &configure;
        if constexpr (SDK_OVERRIDES(T, activate)) table.activate = &activate;
        if constexpr (SDK_OVERRIDES(T, deactivate)) table.deactivate = &deactivate;
        if constexpr (SDK_OVERRIDES(T, render_page)) table.render_page = &render_page;
        if constexpr (SDK_OVERRIDES(T, run_action)) table.run_action = &run_action;
        if constexpr (SDK_OVERRIDES(T, render_tab)) table.render_tab = &render_tab;
        if constexpr (SDK_OVERRIDES(T, save_tab)) table.save_tab = &save_tab;
        if constexpr (SDK_OVERRIDES(T, handle_event)) table.handle_event = &handle_event;
        if constexpr (SDK_OVERRIDES(T, list_doors)) table.list_doors = &list_doors;
        if constexpr (SDK_OVERRIDES(T, unlock_door)) table.unlock_door = &unlock_door;
        if constexpr (SDK_OVERRIDES(T, health)) table.health = &health;
        return table;
    }

    static const hp_plugin_descriptor* descriptor(uint32_t host_abi_major,
                                                  uint32_t /*host_abi_minor*/) noexcept {
        if (host_abi_major != HP_ABI_MAJOR) return nullptr;
        static constexpr hp_plugin_vtbl table = vtbl();
        static const hp_plugin_descriptor descriptor{sizeof(hp_plugin_descriptor),
                                                     HP_ABI_MAJOR,
                                                     HP_ABI_MINOR,
                                                     0,
                                                     to_hp_str(hp_embedded_plugin_id),
                                                     to_hp_str(hp_embedded_plugin_version),
                                                     to_hp_str(hp_embedded_manifest),
                                                     &table};
        return &descriptor;
    }
};

#undef SDK_OVERRIDES

}  // namespace sdk::detail

// Exports PluginClass as this library's plugin. Use once, at global namespace scope. The alias
// is named after the ABI major (HP_ENTRY_SYMBOL); the section is HP_ENTRY_SECTION.
#define HOST_PLUGIN_EXPORT(PluginClass)                                                          \
    static const hp_plugin_descriptor* host_plugin_entry(uint32_t host_abi_major,                \
                                                         uint32_t host_abi_minor) noexcept {     \
        return ::sdk::detail::Exporter<PluginClass>::descriptor(host_abi_major, host_abi_minor); \
    }                                                                                            \
    BOOST_DLL_ALIAS_SECTIONED(host_plugin_entry, BOOST_PP_CAT(hp_plugin_entry_v, HP_ABI_MAJOR),  \
                              hostplug)
