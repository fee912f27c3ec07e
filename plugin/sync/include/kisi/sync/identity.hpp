#pragma once

#include "kisi/sync/failure.hpp"

#include <kisi/client/kisi_client.h>
#include <kisi/store/store.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace kisi::sync {

// The person as Kisi should know them: no child data, only the adult's or employee's own.
struct Identity {
    store::PersonRef person;
    std::string email;
    std::string name;
};

// Finds or creates the one Kisi user of a person (an adult or employee), matched by
// case-insensitive exact email across all centers; an existing user is linked, never
// duplicated; otherwise a managed user is created (no Kisi emails, confirmed).
//
// For bulk onboarding the resolver reads every Kisi user once, 100 a page, instead of one
// look-up per person; the copy is kept (and extended with the users it creates) until forget().
class IdentityResolver {
  public:
    IdentityResolver(store::Store& store) : store_(store) {}

    // The person's link, made now when missing or when their email changed (a Kisi user's
    // email cannot be changed through the API, so a new email means another Kisi user).
    // `bulk` asks to prefetch every Kisi user first. `changed` tells whether a link was made.
    Outcome<store::UserLink> ensure(client::KisiClient& kisi, const Identity& who, bool bulk,
                                    std::int64_t now_ms, bool& changed);
    void forget();

  private:
    Outcome<std::optional<client::User>> find(client::KisiClient& kisi, const std::string& email,
                                              bool bulk);
    // The created user, or (when Kisi already had the email) the existing one; `made` tells.
    Outcome<client::User> create(client::KisiClient& kisi, const Identity& who, bool& made);
    void audit(const Identity& who, const std::string& action, std::int64_t user_id,
               const std::string& reason, std::int64_t now_ms);
    void remember(const client::User& user);

    store::Store& store_;
    std::optional<std::map<std::string, client::User>> users_by_email_;  // lowercase keys
};

// Lowercased for comparison; Kisi matches emails case-insensitively.
std::string email_key(const std::string& email);

}  // namespace kisi::sync
