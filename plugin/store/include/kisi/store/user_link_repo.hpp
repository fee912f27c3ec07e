#pragma once

#include "kisi/store/database.hpp"
#include "kisi/store/person.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kisi::store {

// The Kisi user a host person is linked to. login_secret_ref names the host secret that holds
// the secret of the Kisi login created on the person's behalf (for their unlocks); the secret
// itself is never stored here.
struct UserLink {
    PersonRef person;
    std::int64_t kisi_user_id = 0;
    std::string email;
    bool created_by_plugin = false;  // a managed user the plugin created, not one it found
    std::optional<std::int64_t> login_id;
    std::optional<std::string> login_secret_ref;
    std::int64_t linked_at = 0;
};

class UserLinkRepo {
  public:
    explicit UserLinkRepo(Database& db) : db_(db) {}

    std::optional<UserLink> get(const PersonRef& person);
    // Every person linked to this Kisi user (an adult and an employee may share one).
    std::vector<UserLink> by_kisi_user(std::int64_t kisi_user_id);
    std::vector<UserLink> all();
    // Creates or replaces the person's link.
    void save(const UserLink& link);
    void set_login(const PersonRef& person, std::int64_t login_id,
                   const std::string& login_secret_ref);
    void clear_login(const PersonRef& person);
    void remove(const PersonRef& person);

  private:
    Database& db_;
};

}  // namespace kisi::store
