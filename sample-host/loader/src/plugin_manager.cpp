#include <host/loader/plugin_manager.hpp>
#include <host/loader/ui_document.hpp>

#include "answer_checks.hpp"
#include "crash_marker.hpp"
#include "disabled_store.hpp"
#include "host_bridge.hpp"
#include "library.hpp"
#include "semver.hpp"
#include "settings.hpp"
#include "strand.hpp"

#include <Poco/DateTimeFormat.h>
#include <Poco/DateTimeFormatter.h>
#include <Poco/Exception.h>
#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>
#include <Poco/Timestamp.h>

#include <algorithm>
#include <deque>
#include <fstream>
#include <functional>
#include <mutex>
#include <sstream>

namespace host::loader {

using Clock = std::chrono::steady_clock;

namespace {

// What a plugin call answers in its output sink.
enum class Output {
    nothing,
    ui_document,   // render_page, render_tab
    action,        // run_action, save_tab: {"ok", "message", "field_errors"}
    health,        // {"status", "message", "pending_work"}
    door_list,     // list_doors: a JSON array
    unlock_answer  // unlock_door: a JSON object
};

std::string seconds_text(std::chrono::milliseconds duration) {
    std::ostringstream out;
    out << static_cast<double>(duration.count()) / 1000.0 << " s";
    return out.str();
}

std::string date_text(std::int64_t epoch_ms) {
    return Poco::DateTimeFormatter::format(Poco::Timestamp(epoch_ms * 1000),
                                           "%Y-%m-%d %H:%M:%S UTC");
}

std::string read_file(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + file.string());
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string join_errors(const std::vector<std::string>& errors) {
    std::string text;
    for (const auto& error : errors) text += (text.empty() ? "" : "; ") + error;
    return text;
}

// Why `json` is not the document `expected`, or nullopt when it is.
std::optional<std::string> malformed(const std::string& json, Output expected) {
    switch (expected) {
        case Output::ui_document: {
            auto problems = validate_ui_document(json);
            if (problems.empty()) return std::nullopt;
            std::string text = problems.front();
            if (problems.size() > 1)
                text += "; and " + std::to_string(problems.size() - 1) + " more";
            return text;
        }
        case Output::action:
            return check_action_answer(json);
        case Output::health:
            return check_health_report(json);
        case Output::door_list:
        case Output::unlock_answer:
        case Output::nothing:
            break;
    }
    try {
        Poco::JSON::Parser parser;
        Poco::Dynamic::Var value = parser.parse(json);
        bool is_array = value.type() == typeid(Poco::JSON::Array::Ptr);
        if (expected == Output::door_list && !is_array) return "expected a JSON array";
        if (expected == Output::unlock_answer && value.type() != typeid(Poco::JSON::Object::Ptr)) {
            return "expected a JSON object";
        }
        return std::nullopt;
    } catch (const Poco::Exception& e) {
        return e.message();
    }
}

CallResult refused(hp_status status, std::string message) {
    return {status, {}, std::move(message)};
}

}  // namespace

// Everything the manager knows about one plugin folder.
struct LoadedPlugin {
    PluginInfo info;                         // guarded by Impl::mutex_
    std::deque<Clock::time_point> failures;  // guarded by Impl::mutex_
    HostContext context;
    std::unique_ptr<CrashMarker> marker;
    std::unique_ptr<Strand> strand;
    hp_plugin_vtbl vtbl{};
    hp_instance* instance = nullptr;
    bool activated = false;

    std::string label() const { return "plugin \"" + info.id + "\""; }
};

class PluginManager::Impl {
  public:
    Impl(HostServices& services, ManagerOptions options)
        : services_(services),
          options_(std::move(options)),
          disabled_(options_.state_dir / "disabled.json"),
          loader_("plugin-loader", 1024) {
        std::filesystem::create_directories(options_.state_dir);
        if (options_.install_crash_handler) CrashMarker::install_crash_handler();
        if (!disabled_.load_error().empty()) {
            services_.log("", HP_LOG_WARNING, "plugin manager: " + disabled_.load_error());
        }
    }

    ~Impl() { shutdown(); }

    // True when the loader thread is still inside plugin code that did not return in time.
    bool loader_stuck() const { return loader_.stuck(); }

    // ---- Loading (on the loader thread)

    PluginInfo load(const std::filesystem::path& folder) {
        auto plugin = std::make_shared<LoadedPlugin>();
        plugin->info.id = folder.filename().string();
        plugin->info.folder = folder;
        plugin->context.services = &services_;
        {
            std::lock_guard lock(mutex_);
            if (shut_down_) {
                plugin->info.state = PluginState::failed_to_load;
                plugin->info.reason = "the host is shutting down";
                return plugin->info;
            }
            plugins_.push_back(plugin);
        }
        run_on_loader(plugin, [this, plugin] { load_guarded(*plugin); });
        return snapshot(*plugin);
    }

    void load_all(const std::filesystem::path& plugins_dir) {
        std::vector<std::filesystem::path> folders;
        std::error_code error;
        for (const auto& entry : std::filesystem::directory_iterator(plugins_dir, error)) {
            if (entry.is_directory() && std::filesystem::exists(entry.path() / "manifest.json")) {
                folders.push_back(entry.path());
            }
        }
        if (error) {
            services_.log(
                "", HP_LOG_ERROR,
                "plugin manager: cannot list " + plugins_dir.string() + ": " + error.message());
            return;
        }
        std::sort(folders.begin(), folders.end());
        for (const auto& folder : folders) load(folder);
    }

    // ---- Queries

    std::vector<PluginInfo> plugins() const {
        std::lock_guard lock(mutex_);
        std::vector<PluginInfo> infos;
        for (const auto& plugin : plugins_) infos.push_back(plugin->info);
        return infos;
    }

    std::optional<PluginInfo> find(const std::string& id) const {
        std::lock_guard lock(mutex_);
        if (auto plugin = find_locked(id)) return plugin->info;
        return std::nullopt;
    }

    std::vector<std::string> subscribers(const std::string& event_type) const {
        std::lock_guard lock(mutex_);
        std::vector<std::string> ids;
        for (const auto& plugin : plugins_) {
            const auto& info = plugin->info;
            if (is_serving(info.state) && info.manifest &&
                std::count(info.manifest->events.begin(), info.manifest->events.end(),
                           event_type)) {
                ids.push_back(info.id);
            }
        }
        return ids;
    }

    // ---- Calls (on the plugin's strand)

    // Runs one entry point of plugin `id` with the watchdog around it. `slot` picks the
    // function from the table; `invoke` calls it with the output and error sinks.
    CallResult call(
        const std::string& id, const char* name, std::function<bool(const hp_plugin_vtbl&)> slot,
        std::function<hp_status(const hp_plugin_vtbl&, hp_instance*, hp_sink*, hp_sink*)> invoke,
        Output output) {
        std::shared_ptr<LoadedPlugin> plugin;
        {
            std::lock_guard lock(mutex_);
            plugin = find_locked(id);
            if (!plugin) return refused(HP_E_NOT_FOUND, "no plugin \"" + id + "\" is installed");
            if (shut_down_) return refused(HP_E_UNAVAILABLE, "the host is shutting down");
            if (!is_serving(plugin->info.state)) {
                return refused(HP_E_UNAVAILABLE, plugin->label() + " is " +
                                                     std::string(to_string(plugin->info.state)) +
                                                     ": " + plugin->info.reason);
            }
        }
        if (!slot(plugin->vtbl)) {
            return refused(HP_E_UNSUPPORTED, plugin->label() + " does not implement " + name);
        }

        struct Answer {
            StringSink out;
            StringSink error;
            hp_status status = HP_E_INTERNAL;
        };
        auto answer = std::make_shared<Answer>();
        Strand::Outcome outcome = plugin->strand->run(
            [plugin, answer, name, invoke, output] {
                MarkedCall marked(*plugin->marker, name);
                answer->status = invoke(plugin->vtbl, plugin->instance,
                                        output == Output::nothing ? nullptr : &answer->out.sink,
                                        &answer->error.sink);
            },
            options_.call_deadline);

        switch (outcome) {
            case Strand::Outcome::done:
                break;
            case Strand::Outcome::timed_out: {
                std::string what = std::string(name) + " did not return within " +
                                   seconds_text(options_.call_deadline);
                record_failure(*plugin, what);
                return refused(HP_E_UNAVAILABLE, plugin->label() + " is not responding: " + what);
            }
            case Strand::Outcome::not_started:
            case Strand::Outcome::busy:
                return refused(HP_E_UNAVAILABLE,
                               plugin->label() + " is busy" +
                                   (plugin->strand->stuck() ? " with a call that timed out" : "") +
                                   "; try again shortly");
            case Strand::Outcome::closed:
                return refused(HP_E_UNAVAILABLE, "the host is shutting down");
        }

        if (answer->status == HP_E_EXCEPTION) {
            std::string what = std::string(name) + " threw: " + answer->error.text;
            record_failure(*plugin, what);
            return refused(HP_E_EXCEPTION, plugin->label() + " failed: " + what);
        }
        if (output != Output::nothing && (answer->status == HP_OK || !answer->out.text.empty())) {
            auto problem = malformed(answer->out.text, output);
            if (problem) {
                std::string what =
                    std::string(name) + " answered a malformed document (" + *problem + ")";
                record_failure(*plugin, what);
                return refused(HP_E_INTERNAL,
                               plugin->label() + " " + what + "; the plugin needs fixing");
            }
        }
        record_success(*plugin);
        std::string message = answer->error.text;
        if (answer->status != HP_OK && message.empty()) {
            message = plugin->label() + " refused " + name + " without a reason";
        }
        return {answer->status, std::move(answer->out.text),
                answer->status == HP_OK ? std::string() : std::move(message)};
    }

    CallResult configure(const std::string& id, const std::string& settings_json) {
        std::optional<Manifest> manifest;
        if (auto info = find(id)) manifest = info->manifest;
        if (!manifest) return refused(HP_E_NOT_FOUND, "no plugin \"" + id + "\" is installed");

        Poco::JSON::Object::Ptr stored;
        try {
            Poco::JSON::Parser parser;
            stored = parser.parse(settings_json).extract<Poco::JSON::Object::Ptr>();
        } catch (const std::exception&) {
            return refused(HP_E_INVALID_ARGUMENT, "settings must be a JSON object");
        }
        Poco::JSON::Object::Ptr field_errors = new Poco::JSON::Object();
        for (const auto& [key, value] : *stored) {
            auto spec = std::find_if(manifest->settings.begin(), manifest->settings.end(),
                                     [&](const SettingSpec& s) { return s.key == key; });
            if (spec == manifest->settings.end() || spec->type == "secret") {
                field_errors->set(key, "is not a setting of this plugin");
            } else if (auto problem = check_setting_value(*spec, value)) {
                field_errors->set(key, spec->label + " " + *problem);
            }
        }
        if (field_errors->size() > 0) {
            Poco::JSON::Object body;
            body.set("ok", false);
            body.set("message", "Some settings are not valid");
            body.set("field_errors", field_errors);
            std::ostringstream out;
            body.stringify(out);
            return {HP_E_INVALID_ARGUMENT, out.str(), "Some settings are not valid"};
        }
        std::map<std::string, std::string> rejected;
        std::ostringstream effective;
        effective_settings(*manifest, stored, rejected)->stringify(effective);
        std::string settings = effective.str();
        return call(
            id, "configure", [](const hp_plugin_vtbl& v) { return v.configure != nullptr; },
            [settings](const hp_plugin_vtbl& v, hp_instance* instance, hp_sink*, hp_sink* error) {
                return v.configure(instance, hp_str{settings.data(), settings.size()}, error);
            },
            Output::nothing);
    }

    CallResult health(const std::string& id) {
        auto info = find(id);
        if (info && is_serving(info->state) && !has_health(id)) {
            // Nothing more to ask the plugin: the manager's view is all there is.
            return {HP_OK,
                    R"({"status":"ok","message":"the plugin reports no details","pending_work":0})",
                    {}};
        }
        return call(
            id, "health", [](const hp_plugin_vtbl& v) { return v.health != nullptr; },
            [](const hp_plugin_vtbl& v, hp_instance* instance, hp_sink* out, hp_sink* error) {
                return v.health(instance, out, error);
            },
            Output::health);
    }

    // ---- Administration

    PluginInfo enable(const std::string& id) {
        std::shared_ptr<LoadedPlugin> plugin;
        {
            std::lock_guard lock(mutex_);
            plugin = find_locked(id);
            if (!plugin) {
                PluginInfo unknown;
                unknown.id = id;
                unknown.state = PluginState::failed_to_load;
                unknown.reason = "no plugin \"" + id + "\" is installed";
                return unknown;
            }
        }
        disabled_.enable(id);
        if (plugin->instance != nullptr) {
            std::lock_guard lock(mutex_);
            if (plugin->info.state == PluginState::disabled) {
                plugin->failures.clear();
                if (plugin->strand->stuck()) {
                    plugin->info.state = PluginState::degraded;
                    plugin->info.reason =
                        "re-enabled, but a call that timed out has not returned yet";
                } else {
                    plugin->info.state = PluginState::active;
                    plugin->info.reason.clear();
                }
            }
            log_state(*plugin);
            return plugin->info;
        }
        {
            std::lock_guard lock(mutex_);
            plugin->info.manifest.reset();
            plugin->info.reason.clear();
        }
        run_on_loader(plugin, [this, plugin] { load_guarded(*plugin); });
        return snapshot(*plugin);
    }

    void shutdown() {
        std::vector<std::shared_ptr<LoadedPlugin>> plugins;
        {
            std::lock_guard lock(mutex_);
            if (shut_down_) return;
            shut_down_ = true;
            plugins = plugins_;
        }
        // Newest first: each plugin's queued calls finish, then it is deactivated on its strand
        // and destroyed on the loader thread.
        for (auto it = plugins.rbegin(); it != plugins.rend(); ++it) stop(*it);
    }

  private:
    // ---- Loader steps

    void run_on_loader(const std::shared_ptr<LoadedPlugin>& plugin, std::function<void()> task) {
        // Generous: create plus configure and activate, each with its own deadline.
        auto deadline = 3 * options_.lifecycle_deadline;
        Strand::Outcome outcome = loader_.run(std::move(task), deadline);
        if (outcome == Strand::Outcome::done) return;
        std::lock_guard lock(mutex_);
        plugin->info.state = PluginState::failed_to_load;
        plugin->info.reason = outcome == Strand::Outcome::timed_out
                                  ? "loading did not finish within " + seconds_text(deadline)
                                  : "the plugin loader is blocked by a plugin that did not finish "
                                    "loading; restart the host";
    }

    void set_state(LoadedPlugin& plugin, PluginState state, std::string reason) {
        {
            std::lock_guard lock(mutex_);
            plugin.info.state = state;
            plugin.info.reason = std::move(reason);
        }
        log_state(plugin);
    }

    void log_state(const LoadedPlugin& plugin) {
        PluginInfo info = snapshot(plugin);
        std::string line = info.id + " " + info.version + ": " + std::string(to_string(info.state));
        if (!info.reason.empty()) line += " (" + info.reason + ")";
        bool expected = is_serving(info.state) || info.state == PluginState::stopped;
        services_.log(
            info.id, expected && info.state != PluginState::degraded ? HP_LOG_INFO : HP_LOG_WARNING,
            line);
    }

    PluginInfo snapshot(const LoadedPlugin& plugin) const {
        std::lock_guard lock(mutex_);
        return plugin.info;
    }

    // A host-side error while loading one plugin must not take the loader thread down.
    void load_guarded(LoadedPlugin& plugin) {
        try {
            load_on_loader(plugin);
        } catch (const std::exception& e) {
            set_state(plugin, PluginState::failed_to_load,
                      std::string("unexpected error while loading: ") + e.what());
        }
    }

    void load_on_loader(LoadedPlugin& plugin) {
        // 1. The manifest: parsed and validated before anything else is touched.
        std::string text;
        try {
            text = read_file(plugin.info.folder / "manifest.json");
        } catch (const std::exception& e) {
            return set_state(plugin, PluginState::invalid_manifest, e.what());
        }
        ManifestResult parsed = parse_manifest(text);
        if (!parsed.manifest) {
            return set_state(plugin, PluginState::invalid_manifest,
                             "manifest.json: " + join_errors(parsed.errors));
        }
        const Manifest& manifest = *parsed.manifest;
        {
            std::lock_guard lock(mutex_);
            for (const auto& other : plugins_) {
                if (other.get() != &plugin && other->info.id == manifest.id) {
                    plugin.info.state = PluginState::invalid_manifest;
                    plugin.info.reason = "plugin id \"" + manifest.id + "\" is already used by " +
                                         other->info.folder.string() + "; remove one of the two";
                    return;
                }
            }
            plugin.info.id = manifest.id;
            plugin.info.name = manifest.name;
            plugin.info.version = manifest.version;
            plugin.info.manifest = manifest;
        }
        plugin.context.plugin_id = manifest.id;

        // 2. Version gates.
        if (auto refusal = check_versions(manifest)) {
            return set_state(plugin, refusal->state, refusal->reason);
        }

        // 3. Did it crash the host last time, or did an admin or the watchdog disable it?
        if (!plugin.marker) {
            try {
                plugin.marker = std::make_unique<CrashMarker>(options_.state_dir / "inflight" /
                                                              (manifest.id + ".marker"));
            } catch (const std::exception& e) {
                return set_state(plugin, PluginState::failed_to_load,
                                 std::string("cannot create its crash marker: ") + e.what());
            }
            if (const auto& leftover = plugin.marker->leftover()) {
                if (leftover->crashed) {
                    disabled_.disable(manifest.id,
                                      "crashed the host on " + date_text(leftover->started_ms) +
                                          " during " + leftover->call + "; re-enable after fixing");
                } else {
                    services_.log(manifest.id, HP_LOG_WARNING,
                                  "the host stopped while " + manifest.id + " was running " +
                                      leftover->call + " (started " +
                                      date_text(leftover->started_ms) +
                                      "); it was killed, not crashed, so the plugin stays enabled");
                }
            }
        }
        if (auto reason = disabled_.reason(manifest.id)) {
            return set_state(plugin, PluginState::disabled, *reason);
        }

        // 4. Integrity and the entry symbol, still without running plugin code.
        const std::filesystem::path library = plugin.info.folder / manifest.library_file;
        if (auto refusal = check_integrity(manifest, library)) {
            return set_state(plugin, refusal->state, refusal->reason);
        }
        if (auto refusal = check_entry_symbol(library)) {
            return set_state(plugin, refusal->state, refusal->reason);
        }

        // 5. Load and handshake.
        LoadOutcome loaded = load_and_handshake(manifest, library, *plugin.marker);
        if (loaded.refusal) return set_state(plugin, loaded.refusal->state, loaded.refusal->reason);
        plugin.vtbl = loaded.handshake->vtbl;

        // 6. create (here, on the loader thread), then configure and activate on its strand.
        StringSink error;
        hp_status status;
        {
            MarkedCall marked(*plugin.marker, "create");
            status = plugin.vtbl.create(host_api_table(), plugin.context.handle(), &plugin.instance,
                                        &error.sink);
        }
        if (status != HP_OK || plugin.instance == nullptr) {
            plugin.instance = nullptr;
            return set_state(plugin, PluginState::failed_to_activate,
                             "create failed: " + describe(status, error.text));
        }
        plugin.strand = std::make_unique<Strand>("plug:" + manifest.id, options_.queue_capacity);
        plugin.strand->on_late_return([this, &plugin](std::chrono::milliseconds took) {
            services_.log(
                plugin.info.id, HP_LOG_WARNING,
                plugin.label() + ": the call that timed out returned after " + seconds_text(took));
        });

        if (plugin.vtbl.configure != nullptr) {
            std::map<std::string, std::string> rejected;
            std::string settings = stored_settings(manifest, rejected);
            for (const auto& [key, problem] : rejected) {
                services_.log(manifest.id, HP_LOG_WARNING,
                              "ignoring the stored value of setting \"" + key + "\" (" + problem +
                                  "); using its default");
            }
            if (auto failure = lifecycle(plugin, "configure", [&plugin, settings](hp_sink* sink) {
                    return plugin.vtbl.configure(plugin.instance,
                                                 hp_str{settings.data(), settings.size()}, sink);
                })) {
                return fail_activation(plugin, "configure failed: " + *failure);
            }
        }
        if (plugin.vtbl.activate != nullptr) {
            if (auto failure = lifecycle(plugin, "activate", [&plugin](hp_sink* sink) {
                    return plugin.vtbl.activate(plugin.instance, sink);
                })) {
                return fail_activation(plugin, "activate failed: " + *failure);
            }
        }
        plugin.activated = true;
        set_state(plugin, PluginState::active, {});
    }

    std::optional<Refusal> check_versions(const Manifest& manifest) const {
        const std::string host_api =
            std::to_string(HP_ABI_MAJOR) + "." + std::to_string(HP_ABI_MINOR);
        if (manifest.host_api_major != HP_ABI_MAJOR) {
            return Refusal{PluginState::incompatible,
                           "built for host API " + std::to_string(manifest.host_api_major) +
                               ".x; this host provides " + host_api +
                               ": install a version of the plugin made for host API " +
                               std::to_string(HP_ABI_MAJOR)};
        }
        if (manifest.host_api_min_minor > HP_ABI_MINOR) {
            return Refusal{PluginState::incompatible,
                           "needs host API " + std::to_string(manifest.host_api_major) + "." +
                               std::to_string(manifest.host_api_min_minor) +
                               " or newer; this host provides " + host_api +
                               ": update the host or install an older version of the plugin"};
        }
        auto needed = SemVer::parse(manifest.min_host_version);
        auto running = SemVer::parse(options_.host_version);
        if (!running) {
            return Refusal{
                PluginState::incompatible,
                "this host's version \"" + options_.host_version + "\" is not a semantic version"};
        }
        if (needed && *running < *needed) {
            return Refusal{PluginState::incompatible,
                           "needs host version " + manifest.min_host_version +
                               " or newer; this host is " + options_.host_version +
                               ": update the host"};
        }
        return std::nullopt;
    }

    std::string stored_settings(const Manifest& manifest,
                                std::map<std::string, std::string>& rejected) {
        Poco::JSON::Object::Ptr stored;
        try {
            Poco::JSON::Parser parser;
            stored = parser.parse(services_.stored_settings(manifest.id))
                         .extract<Poco::JSON::Object::Ptr>();
        } catch (const std::exception& e) {
            services_.log(
                manifest.id, HP_LOG_WARNING,
                std::string("stored settings are unreadable; using defaults: ") + e.what());
        }
        std::ostringstream out;
        effective_settings(manifest, stored, rejected)->stringify(out);
        return out.str();
    }

    // Runs a lifecycle function on the plugin's strand; answers why it failed, if it did.
    std::optional<std::string> lifecycle(LoadedPlugin& plugin, const char* name,
                                         std::function<hp_status(hp_sink*)> function) {
        return lifecycle(plugin, name, std::move(function), options_.lifecycle_deadline);
    }
    std::optional<std::string> lifecycle(LoadedPlugin& plugin, const char* name,
                                         std::function<hp_status(hp_sink*)> function,
                                         std::chrono::milliseconds deadline) {
        auto error = std::make_shared<StringSink>();
        auto status = std::make_shared<hp_status>(HP_E_INTERNAL);
        Strand::Outcome outcome = plugin.strand->run(
            [&plugin, name, function, error, status] {
                MarkedCall marked(*plugin.marker, name);
                *status = function(&error->sink);
            },
            deadline);
        if (outcome == Strand::Outcome::timed_out) {
            return "did not return within " + seconds_text(deadline);
        }
        if (outcome != Strand::Outcome::done)
            return std::string("not run (") + to_string(outcome) + ")";
        if (*status != HP_OK) return describe(*status, error->text);
        return std::nullopt;
    }

    // activate failed: the plugin's rule is that deactivate is skipped and destroy is called.
    void fail_activation(LoadedPlugin& plugin, const std::string& reason) {
        if (!plugin.strand->stuck()) destroy(plugin);
        set_state(plugin, PluginState::failed_to_activate, reason);
    }

    void destroy(LoadedPlugin& plugin) {
        if (plugin.instance == nullptr) return;
        MarkedCall marked(*plugin.marker, "destroy");
        plugin.vtbl.destroy(plugin.instance);
        plugin.instance = nullptr;
    }

    // Deactivates and destroys one plugin at shutdown.
    void stop(const std::shared_ptr<LoadedPlugin>& record) {
        LoadedPlugin& plugin = *record;
        if (!plugin.strand) return;  // it never got as far as create
        if (plugin.instance != nullptr && plugin.activated && plugin.vtbl.deactivate != nullptr &&
            !plugin.strand->stuck()) {
            // Queued behind the calls already waiting, so those finish first.
            auto failure = lifecycle(
                plugin, "deactivate",
                [&plugin](hp_sink* sink) { return plugin.vtbl.deactivate(plugin.instance, sink); },
                options_.drain_deadline + options_.lifecycle_deadline);
            if (failure) {
                services_.log(plugin.info.id, HP_LOG_WARNING,
                              plugin.label() + " deactivate failed: " + *failure);
            }
        }
        plugin.activated = false;
        if (!plugin.strand->close_and_drain(options_.drain_deadline)) {
            services_.log(plugin.info.id, HP_LOG_WARNING,
                          plugin.label() +
                              " is still running a call that did not return; it is left running, "
                              "not destroyed");
            abandon(record);
            return;
        }
        plugin.strand.reset();  // joins its idle worker
        if (plugin.instance == nullptr) return;
        if (loader_.run([this, record] { destroy(*record); }, options_.lifecycle_deadline) !=
            Strand::Outcome::done) {
            services_.log(plugin.info.id, HP_LOG_WARNING,
                          plugin.label() + " destroy did not return");
            abandon(record);
            return;
        }
        set_state(plugin, PluginState::stopped, "the host shut down");
    }

    // A call that never returned still uses the plugin's record (its strand, crash marker and
    // host context): keep the record alive for the rest of the process.
    static void abandon(std::shared_ptr<LoadedPlugin> plugin) {
        static auto* mutex = new std::mutex;
        static auto* abandoned = new std::vector<std::shared_ptr<LoadedPlugin>>;
        std::lock_guard lock(*mutex);
        abandoned->push_back(std::move(plugin));
    }

    static std::string describe(hp_status status, const std::string& message) {
        std::string text = message.empty() ? "no reason given" : message;
        if (status == HP_E_EXCEPTION) text = "exception: " + text;
        return text + " (status " + std::to_string(status) + ")";
    }

    // ---- Watchdog

    void record_failure(LoadedPlugin& plugin, const std::string& what) {
        bool disable = false;
        std::string reason;
        {
            std::lock_guard lock(mutex_);
            auto now = Clock::now();
            plugin.failures.push_back(now);
            while (!plugin.failures.empty() &&
                   plugin.failures.front() < now - options_.failure_window) {
                plugin.failures.pop_front();
            }
            if (plugin.info.state == PluginState::disabled) return;
            int count = static_cast<int>(plugin.failures.size());
            if (count >= options_.failure_threshold) {
                disable = true;
                auto minutes =
                    std::chrono::duration_cast<std::chrono::minutes>(options_.failure_window);
                reason = "disabled after " + std::to_string(count) + " failures within " +
                         std::to_string(minutes.count()) + " min (last: " + what +
                         "); fix the plugin or its configuration, then re-enable it";
                plugin.info.state = PluginState::disabled;
            } else {
                reason = what;
                plugin.info.state = PluginState::degraded;
            }
            plugin.info.reason = reason;
        }
        if (disable) disabled_.disable(plugin.info.id, reason);
        log_state(plugin);
    }

    void record_success(LoadedPlugin& plugin) {
        {
            std::lock_guard lock(mutex_);
            if (plugin.info.state != PluginState::degraded || plugin.strand->stuck()) return;
            plugin.info.state = PluginState::active;
            plugin.info.reason.clear();
        }
        log_state(plugin);
    }

    bool has_health(const std::string& id) const {
        std::lock_guard lock(mutex_);
        auto plugin = find_locked(id);
        return plugin && plugin->vtbl.health != nullptr;
    }

    std::shared_ptr<LoadedPlugin> find_locked(const std::string& id) const {
        for (const auto& plugin : plugins_) {
            if (plugin->info.id == id) return plugin;
        }
        return nullptr;
    }

    HostServices& services_;
    const ManagerOptions options_;
    DisabledStore disabled_;
    mutable std::mutex mutex_;
    std::vector<std::shared_ptr<LoadedPlugin>> plugins_;
    bool shut_down_ = false;
    Strand loader_;  // the one thread that loads, creates and destroys plugins
};

// ---- PluginManager: thin forwarding to Impl

PluginManager::PluginManager(HostServices& services, ManagerOptions options)
    : impl_(std::make_unique<Impl>(services, std::move(options))) {}

PluginManager::~PluginManager() {
    impl_->shutdown();
    // A load that never returned still runs on the loader thread and uses the manager's state:
    // leave that state allocated rather than pull it from under the running plugin code.
    if (impl_->loader_stuck()) static_cast<void>(impl_.release());
}

void PluginManager::load_all(const std::filesystem::path& plugins_dir) {
    impl_->load_all(plugins_dir);
}
PluginInfo PluginManager::load(const std::filesystem::path& plugin_folder) {
    return impl_->load(plugin_folder);
}
std::vector<PluginInfo> PluginManager::plugins() const {
    return impl_->plugins();
}
std::optional<PluginInfo> PluginManager::find(const std::string& id) const {
    return impl_->find(id);
}
std::vector<std::string> PluginManager::subscribers(const std::string& event_type) const {
    return impl_->subscribers(event_type);
}

namespace {
hp_str str(const std::string& text) {
    return hp_str{text.data(), text.size()};
}
}  // namespace

// The wrappers copy their arguments into the call: a call that times out keeps running after
// its caller has returned.

CallResult PluginManager::render_page(const std::string& id, const std::string& page_id,
                                      const std::string& context_json) {
    return impl_->call(
        id, "render_page", [](const hp_plugin_vtbl& v) { return v.render_page != nullptr; },
        [page_id, context_json](const hp_plugin_vtbl& v, hp_instance* instance, hp_sink* out,
                                hp_sink* error) {
            return v.render_page(instance, str(page_id), str(context_json), out, error);
        },
        Output::ui_document);
}

CallResult PluginManager::run_action(const std::string& id, const std::string& page_id,
                                     const std::string& action_id,
                                     const std::string& request_json) {
    return impl_->call(
        id, "run_action", [](const hp_plugin_vtbl& v) { return v.run_action != nullptr; },
        [page_id, action_id, request_json](const hp_plugin_vtbl& v, hp_instance* instance,
                                           hp_sink* out, hp_sink* error) {
            return v.run_action(instance, str(page_id), str(action_id), str(request_json), out,
                                error);
        },
        Output::action);
}

CallResult PluginManager::render_tab(const std::string& id, const std::string& tab_id,
                                     const std::string& entity_json) {
    return impl_->call(
        id, "render_tab", [](const hp_plugin_vtbl& v) { return v.render_tab != nullptr; },
        [tab_id, entity_json](const hp_plugin_vtbl& v, hp_instance* instance, hp_sink* out,
                              hp_sink* error) {
            return v.render_tab(instance, str(tab_id), str(entity_json), out, error);
        },
        Output::ui_document);
}

CallResult PluginManager::save_tab(const std::string& id, const std::string& tab_id,
                                   const std::string& entity_json,
                                   const std::string& request_json) {
    return impl_->call(
        id, "save_tab", [](const hp_plugin_vtbl& v) { return v.save_tab != nullptr; },
        [tab_id, entity_json, request_json](const hp_plugin_vtbl& v, hp_instance* instance,
                                            hp_sink* out, hp_sink* error) {
            return v.save_tab(instance, str(tab_id), str(entity_json), str(request_json), out,
                              error);
        },
        Output::action);
}

CallResult PluginManager::handle_event(const std::string& id, const std::string& event_json) {
    return impl_->call(
        id, "handle_event", [](const hp_plugin_vtbl& v) { return v.handle_event != nullptr; },
        [event_json](const hp_plugin_vtbl& v, hp_instance* instance, hp_sink*, hp_sink* error) {
            return v.handle_event(instance, str(event_json), error);
        },
        Output::nothing);
}

CallResult PluginManager::list_doors(const std::string& id, const std::string& person_json) {
    return impl_->call(
        id, "list_doors", [](const hp_plugin_vtbl& v) { return v.list_doors != nullptr; },
        [person_json](const hp_plugin_vtbl& v, hp_instance* instance, hp_sink* out,
                      hp_sink* error) {
            return v.list_doors(instance, str(person_json), out, error);
        },
        Output::door_list);
}

CallResult PluginManager::unlock_door(const std::string& id, const std::string& person_json,
                                      const std::string& door_id) {
    return impl_->call(
        id, "unlock_door", [](const hp_plugin_vtbl& v) { return v.unlock_door != nullptr; },
        [person_json, door_id](const hp_plugin_vtbl& v, hp_instance* instance, hp_sink* out,
                               hp_sink* error) {
            return v.unlock_door(instance, str(person_json), str(door_id), out, error);
        },
        Output::unlock_answer);
}

CallResult PluginManager::health(const std::string& id) {
    return impl_->health(id);
}

CallResult PluginManager::configure(const std::string& id, const std::string& settings_json) {
    return impl_->configure(id, settings_json);
}

PluginInfo PluginManager::enable(const std::string& id) {
    return impl_->enable(id);
}

void PluginManager::shutdown() {
    impl_->shutdown();
}

}  // namespace host::loader
