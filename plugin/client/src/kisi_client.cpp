#include "kisi/client/kisi_client.h"

#include <Poco/Logger.h>
#include <Poco/String.h>

#include <random>

#include "kisi/client/collection_range.h"
#include "kisi/client/decoders.h"
#include "kisi/client/error_mapping.h"
#include "kisi/client/poco_transport.h"
#include "request_encoding.h"

namespace kisi::client {
namespace {

using detail::QueryParameters;
using std::chrono::milliseconds;

// Kisi's maximum `limit` per list endpoint, and the largest offset it accepts.
constexpr int kPlacesPage = 250;
constexpr int kGroupsPage = 250;
constexpr int kGroupLocksPage = 250;
constexpr int kLocksPage = 250;
constexpr int kUsersPage = 100;
constexpr int kRoleAssignmentsPage = 250;
constexpr std::int64_t kMaxOffset = 20000;

Error configuration_error(std::string message) {
    Error error;
    error.kind = ErrorKind::configuration;
    error.message = std::move(message);
    return error;
}

void replace_all(std::string& text, const std::string& secret, std::string_view replacement) {
    for (auto at = text.find(secret); at != std::string::npos;
         at = text.find(secret, at + replacement.size())) {
        text.replace(at, secret.size(), replacement);
    }
}

// Kisi or a proxy could echo the key back; it must not travel on in an Error.
Error redacted(Error error, const std::string& api_key) {
    constexpr std::string_view kMark = "[redacted]";
    replace_all(error.message, api_key, kMark);
    replace_all(error.kisi_code, api_key, kMark);
    std::map<std::string, std::vector<std::string>> fields;
    for (auto [name, messages] : error.field_errors) {
        std::string field = name;
        replace_all(field, api_key, kMark);
        for (auto& message : messages) replace_all(message, api_key, kMark);
        fields[field] = std::move(messages);
    }
    error.field_errors = std::move(fields);
    return error;
}

std::string path_of(const std::string& target) {
    return target.substr(0, target.find('?'));
}

// The public calls promise not to throw; anything unforeseen (allocation failure, a library
// throwing where it should not) becomes an Error.
template <class Call>
auto guarded(const std::string& api_key, Call&& call) -> decltype(call()) {
    try {
        return call();
    } catch (const std::exception& e) {
        Error error;
        error.kind = ErrorKind::unexpected;
        error.message = std::string("The Kisi client failed unexpectedly (") + e.what() + ").";
        return redacted(std::move(error), api_key);
    }
}

}  // namespace

struct KisiClient::Impl {
    ClientConfig config;
    BaseUrl base_url;
    std::shared_ptr<HttpTransport> transport;
    std::shared_ptr<Clock> clock;
    std::shared_ptr<RateLimiter> limiter;
    RetryPolicy retry;
    HttpHeaders headers;
    Poco::Logger& log = Poco::Logger::get("kisi.client");

    Impl(ClientConfig cfg, BaseUrl url, ClientDependencies deps)
        : config(std::move(cfg)),
          base_url(std::move(url)),
          transport(std::move(deps.transport)),
          clock(deps.clock ? std::move(deps.clock) : Clock::system()),
          limiter((deps.rate_limiters ? deps.rate_limiters : RateLimiterRegistry::process_wide())
                      ->limiter_for(config.api_key, config.rate_limit, clock)),
          retry(config.retry, deps.jitter_seed ? *deps.jitter_seed : std::random_device{}()) {
        if (!transport) {
            transport = PocoTransport::shared_for(
                base_url, TransportOptions{config.connect_timeout, config.read_timeout});
        }
        headers = {{"Authorization", "KISI-LOGIN " + config.api_key},
                   {"Accept", "application/json"},
                   {"Content-Type", "application/json"},
                   {"User-Agent", "kisi-childcare-plugin/" + std::string(client_version())},
                   {"X-Kisi-Integration-Identifier", config.identity.name}};
        if (!config.identity.contact.empty()) {
            headers.emplace_back("X-Kisi-Integration-Contact", config.identity.contact);
        }
    }

    // One call: rate limit, send, retry transient failures; a 2xx answer or the final Error.
    Result<HttpResponse> execute(HttpMethod method, const std::string& target, std::string body) {
        const HttpRequest request{method, target, headers, std::move(body)};
        const std::string operation = std::string(to_string(method)) + " " + path_of(target);
        milliseconds waited{0};
        for (int attempt = 1;; ++attempt) {
            const auto admission = limiter->acquire(config.retry.max_total_wait - waited);
            if (!admission.admitted) return paused(operation, admission.wait);
            auto sent = transport->send(request);
            Error error;
            if (sent.ok() && sent->status >= 200 && sent->status <= 299) {
                log.debug("%s answered %d", operation, sent->status);
                return std::move(sent).value();
            }
            if (sent.ok()) {
                error = error_from_response(sent.value(), operation, clock->wall_now());
            } else {
                error = describe_transport_failure(sent.error(), operation);
            }
            if (error.kind == ErrorKind::rate_limited) {
                limiter->defer_until(
                    clock->now() + error.retry_after.value_or(config.retry.min_rate_limited_wait));
            }
            const auto delay = retry.delay_before_retry(error, attempt, waited);
            error = redacted(std::move(error), config.api_key);
            if (!delay) {
                log.warning("%s failed: %s", operation, error.message);
                return error;
            }
            log.information("%s failed (attempt %d), retrying in %s ms: %s", operation, attempt,
                            std::to_string(delay->count()), error.message);
            clock->sleep_until(clock->now() + *delay);
            waited += *delay;
        }
    }

    // Kisi asked (with a 429) for a pause longer than this call may wait.
    Error paused(const std::string& operation, Clock::duration wait) const {
        Error error;
        error.kind = ErrorKind::rate_limited;
        error.retry_after = std::chrono::ceil<milliseconds>(wait);
        error.message = "Kisi's rate limit for this key pauses requests for another " +
                        std::to_string(std::chrono::ceil<std::chrono::seconds>(wait).count()) +
                        " s; " + operation + " was not sent and can be tried again then.";
        return error;
    }

    Error describe_transport_failure(const Error& failure, const std::string& operation) const {
        Error error = failure;
        if (error.kind == ErrorKind::network) {
            error.message = "Kisi could not be reached for " + operation + ": " + failure.message +
                            ". Check the network and the Kisi base URL; the request can be tried "
                            "again later.";
        } else {
            error.message =
                "Kisi's answer to " + operation + " could not be read: " + failure.message + ".";
        }
        return error;
    }

    Error undecodable_answer(const Error& decode_error, const std::string& operation) const {
        Error error = decode_error;
        error.message =
            "Kisi's answer to " + operation + " could not be read: " + decode_error.message + ".";
        return redacted(std::move(error), config.api_key);
    }

    template <class T>
    Result<T> fetch(HttpMethod method, const std::string& target, std::string body = {}) {
        auto response = execute(method, target, std::move(body));
        if (!response) return response.error();
        auto decoded = decode_object<T>(response->body);
        if (!decoded) {
            return undecodable_answer(decoded.error(),
                                      std::string(to_string(method)) + " " + path_of(target));
        }
        return decoded;
    }

    Status command(HttpMethod method, const std::string& target, std::string body = {}) {
        auto response = execute(method, target, std::move(body));
        if (!response) return response.error();
        return {};
    }

    // Pages through a list with an explicit limit until a short page, the total of
    // X-Collection-Range, or an empty page says it is complete.
    template <class T>
    Result<std::vector<T>> list_all(const std::string& path, QueryParameters parameters,
                                    int page_size) {
        std::vector<T> items;
        for (std::int64_t offset = 0;; offset += page_size) {
            if (offset > kMaxOffset) {
                Error error;
                error.kind = ErrorKind::unexpected;
                error.message = "Kisi lists at most " + std::to_string(kMaxOffset) +
                                " entries through GET " + path +
                                ", and this list is longer; it cannot be read completely.";
                return error;
            }
            auto query = parameters;
            query.emplace_back("limit", std::to_string(page_size));
            query.emplace_back("offset", std::to_string(offset));
            const std::string target = path + detail::query_string(query);
            auto response = execute(HttpMethod::get, target, {});
            if (!response) return response.error();
            auto page = decode_array<T>(response->body);
            if (!page) return undecodable_answer(page.error(), "GET " + path);

            const auto count = static_cast<std::int64_t>(page->size());
            for (auto& item : page.value()) items.push_back(std::move(item));
            std::optional<CollectionRange> range;
            if (const auto header = response->header("X-Collection-Range")) {
                range = parse_collection_range(*header);
            }
            if (count < page_size || (range && offset + count >= range->total)) return items;
        }
    }
};

KisiClient::KisiClient(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
KisiClient::KisiClient(KisiClient&&) noexcept = default;
KisiClient& KisiClient::operator=(KisiClient&&) noexcept = default;
KisiClient::~KisiClient() = default;

Result<KisiClient> KisiClient::connect(const ClientConfig& config, ClientDependencies deps) {
    if (config.api_key.empty()) {
        return configuration_error(
            "No Kisi API key is set; paste a key of a Kisi organization "
            "administrator.");
    }
    if (config.api_key.find_first_of("\r\n") != std::string::npos) {
        return configuration_error(
            "The Kisi API key contains a line break; paste it again "
            "without surrounding text.");
    }
    auto base_url = BaseUrl::parse(config.base_url);
    if (!base_url) return base_url.error();
    try {
        return KisiClient(
            std::make_unique<Impl>(config, std::move(base_url).value(), std::move(deps)));
    } catch (const std::exception& e) {
        return configuration_error(std::string("The Kisi client could not be set up (") + e.what() +
                                   ").");
    }
}

const BaseUrl& KisiClient::base_url() const {
    return impl_->base_url;
}

Result<CurrentUser> KisiClient::fetch_current_user() {
    return guarded(impl_->config.api_key,
                   [&] { return impl_->fetch<CurrentUser>(HttpMethod::get, "/user"); });
}

Result<std::vector<Place>> KisiClient::list_places() {
    return guarded(impl_->config.api_key,
                   [&] { return impl_->list_all<Place>("/places", {}, kPlacesPage); });
}

Result<Place> KisiClient::get_place(Id place_id) {
    return guarded(impl_->config.api_key, [&] {
        return impl_->fetch<Place>(HttpMethod::get, "/places/" + std::to_string(place_id));
    });
}

Result<std::vector<Group>> KisiClient::list_groups(std::optional<Id> place_id) {
    QueryParameters query;
    if (place_id) query.emplace_back("place_id", std::to_string(*place_id));
    return guarded(impl_->config.api_key, [&] {
        return impl_->list_all<Group>("/groups", std::move(query), kGroupsPage);
    });
}

Result<Group> KisiClient::get_group(Id group_id) {
    return guarded(impl_->config.api_key, [&] {
        return impl_->fetch<Group>(HttpMethod::get, "/groups/" + std::to_string(group_id));
    });
}

Result<std::vector<GroupLock>> KisiClient::list_group_locks(Id group_id) {
    return guarded(impl_->config.api_key, [&] {
        return impl_->list_all<GroupLock>("/group_locks", {{"group_id", std::to_string(group_id)}},
                                          kGroupLocksPage);
    });
}

Result<std::vector<Lock>> KisiClient::list_locks(std::optional<Id> place_id) {
    QueryParameters query;
    if (place_id) query.emplace_back("place_id", std::to_string(*place_id));
    return guarded(impl_->config.api_key,
                   [&] { return impl_->list_all<Lock>("/locks", std::move(query), kLocksPage); });
}

Result<Lock> KisiClient::get_lock(Id lock_id) {
    return guarded(impl_->config.api_key, [&] {
        return impl_->fetch<Lock>(HttpMethod::get, "/locks/" + std::to_string(lock_id));
    });
}

Result<UnlockResult> KisiClient::unlock_lock(Id lock_id) {
    return guarded(impl_->config.api_key, [&] {
        return impl_->fetch<UnlockResult>(HttpMethod::post,
                                          "/locks/" + std::to_string(lock_id) + "/unlock",
                                          detail::encode_unlock());
    });
}

Result<std::vector<User>> KisiClient::list_users(const UserFilter& filter) {
    QueryParameters query;
    if (filter.email) query.emplace_back("email", *filter.email);
    if (filter.query) query.emplace_back("query", *filter.query);
    if (filter.group_id) query.emplace_back("group_id", std::to_string(*filter.group_id));
    if (filter.place_id) query.emplace_back("place_id", std::to_string(*filter.place_id));
    return guarded(impl_->config.api_key,
                   [&] { return impl_->list_all<User>("/users", std::move(query), kUsersPage); });
}

Result<std::optional<User>> KisiClient::find_user_by_email(std::string_view email) {
    const std::string wanted(email);
    UserFilter filter;
    filter.email = wanted;
    auto users = list_users(filter);
    if (!users) return users.error();
    for (auto& user : users.value()) {
        if (Poco::icompare(user.email, wanted) == 0) return std::optional<User>(std::move(user));
    }
    return std::optional<User>();
}

Result<User> KisiClient::get_user(Id user_id) {
    return guarded(impl_->config.api_key, [&] {
        return impl_->fetch<User>(HttpMethod::get, "/users/" + std::to_string(user_id));
    });
}

Result<User> KisiClient::create_managed_user(const NewManagedUser& user) {
    return guarded(impl_->config.api_key, [&] {
        return impl_->fetch<User>(HttpMethod::post, "/users", detail::encode(user));
    });
}

Status KisiClient::update_user(Id user_id, const UserUpdate& update) {
    return guarded(impl_->config.api_key, [&] {
        return impl_->command(HttpMethod::patch, "/users/" + std::to_string(user_id),
                              detail::encode(update));
    });
}

Status KisiClient::delete_user(Id user_id) {
    return guarded(impl_->config.api_key, [&] {
        return impl_->command(HttpMethod::del, "/users/" + std::to_string(user_id));
    });
}

Result<std::vector<RoleAssignment>> KisiClient::list_group_role_assignments(Id group_id) {
    return guarded(impl_->config.api_key, [&] {
        return impl_->list_all<RoleAssignment>(
            "/role_assignments",
            {{"applies_to_type", "Group"}, {"applies_to_id", std::to_string(group_id)}},
            kRoleAssignmentsPage);
    });
}

Result<std::vector<RoleAssignment>> KisiClient::list_user_role_assignments(Id user_id) {
    return guarded(impl_->config.api_key, [&] {
        return impl_->list_all<RoleAssignment>(
            "/role_assignments",
            {{"assignee_type", "User"}, {"assignee_id", std::to_string(user_id)}},
            kRoleAssignmentsPage);
    });
}

Result<RoleAssignment> KisiClient::create_group_role_assignment(
    const NewGroupRoleAssignment& assignment) {
    return guarded(impl_->config.api_key, [&] {
        return impl_->fetch<RoleAssignment>(HttpMethod::post, "/role_assignments",
                                            detail::encode(assignment));
    });
}

Status KisiClient::update_role_assignment(Id assignment_id, const RoleAssignmentUpdate& update) {
    return guarded(impl_->config.api_key, [&] {
        return impl_->command(HttpMethod::patch,
                              "/role_assignments/" + std::to_string(assignment_id),
                              detail::encode(update));
    });
}

Status KisiClient::delete_role_assignment(Id assignment_id) {
    return guarded(impl_->config.api_key, [&] {
        return impl_->command(HttpMethod::del,
                              "/role_assignments/" + std::to_string(assignment_id));
    });
}

Result<Login> KisiClient::create_device_login(const NewDeviceLogin& login) {
    return guarded(impl_->config.api_key, [&] {
        return impl_->fetch<Login>(HttpMethod::post, "/logins", detail::encode(login));
    });
}

std::string_view client_version() {
    return KISI_CLIENT_VERSION;
}

}  // namespace kisi::client
