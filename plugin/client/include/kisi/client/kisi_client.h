#pragma once

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "kisi/client/client_config.h"
#include "kisi/client/models.h"
#include "kisi/client/result.h"

namespace kisi::client {

// Kisi's REST API for the integration. Every call signs with the configured key, waits for the
// key's shared rate limiter, retries transient failures per RetryOptions, pages lists to the
// end, and returns a typed Result; nothing throws. Safe to share between threads (requests on
// one client go out one at a time over a kept-alive connection).
class KisiClient {
  public:
    // Fails with kind `configuration` for an empty key, a malformed base URL, or plain HTTP to
    // a host that is not loopback.
    static Result<KisiClient> connect(const ClientConfig& config, ClientDependencies deps = {});

    KisiClient(KisiClient&&) noexcept;
    KisiClient& operator=(KisiClient&&) noexcept;
    ~KisiClient();

    const BaseUrl& base_url() const;

    // GET /user: checks the key and names its user and organization.
    Result<CurrentUser> fetch_current_user();

    Result<std::vector<Place>> list_places();
    Result<Place> get_place(Id place_id);

    // Groups of one place, or all groups of the organization.
    Result<std::vector<Group>> list_groups(std::optional<Id> place_id = std::nullopt);
    Result<Group> get_group(Id group_id);
    Result<std::vector<GroupLock>> list_group_locks(Id group_id);

    Result<std::vector<Lock>> list_locks(std::optional<Id> place_id = std::nullopt);
    Result<Lock> get_lock(Id lock_id);
    Result<UnlockResult> unlock_lock(Id lock_id);

    // All users matching the filter (every user when empty), paged 100 at a time.
    Result<std::vector<User>> list_users(const UserFilter& filter = {});
    // The user whose email equals `email` ignoring case, if any.
    Result<std::optional<User>> find_user_by_email(std::string_view email);
    Result<User> get_user(Id user_id);
    // Creates a managed user (send_emails false, confirm true).
    Result<User> create_managed_user(const NewManagedUser& user);
    Status update_user(Id user_id, const UserUpdate& update);
    Status delete_user(Id user_id);

    Result<std::vector<RoleAssignment>> list_group_role_assignments(Id group_id);
    Result<std::vector<RoleAssignment>> list_user_role_assignments(Id user_id);
    Result<RoleAssignment> create_group_role_assignment(const NewGroupRoleAssignment& assignment);
    Status update_role_assignment(Id assignment_id, const RoleAssignmentUpdate& update);
    Status delete_role_assignment(Id assignment_id);

    // A device login for a managed user; its secret lets the plugin act as that user.
    Result<Login> create_device_login(const NewDeviceLogin& login);

  private:
    struct Impl;
    explicit KisiClient(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace kisi::client
