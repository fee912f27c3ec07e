#include "kisi/sync/identity.hpp"

#include <algorithm>
#include <cctype>

namespace kisi::sync {

std::string email_key(const std::string& email) {
    std::string key = email;
    std::transform(key.begin(), key.end(), key.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return key;
}

void IdentityResolver::forget() {
    users_by_email_.reset();
}

void IdentityResolver::remember(const client::User& user) {
    if (users_by_email_) (*users_by_email_)[email_key(user.email)] = user;
}

Outcome<std::optional<client::User>> IdentityResolver::find(client::KisiClient& kisi,
                                                            const std::string& email, bool bulk) {
    if (bulk && !users_by_email_) {
        auto users = kisi.list_users();
        if (!users.ok()) return classify(users.error());
        users_by_email_.emplace();
        for (const auto& user : users.value()) remember(user);
    }
    if (users_by_email_) {
        auto it = users_by_email_->find(email_key(email));
        if (it == users_by_email_->end()) return std::optional<client::User>{};
        return std::optional<client::User>(it->second);
    }
    auto found = kisi.find_user_by_email(email);
    if (!found.ok()) return classify(found.error());
    return std::move(found).value();
}

Outcome<client::User> IdentityResolver::create(client::KisiClient& kisi, const Identity& who,
                                               bool& made) {
    made = false;
    auto created = kisi.create_managed_user({who.email, who.name});
    if (created.ok()) {
        made = true;
        remember(created.value());
        return std::move(created).value();
    }
    if (created.error().kind != client::ErrorKind::validation) return classify(created.error());
    // Someone created the user meanwhile (or the prefetched copy is stale): link it instead.
    forget();
    auto found = find(kisi, who.email, false);
    if (!found.ok()) return found.failure();
    if (!found.value()) return classify(created.error());
    return *found.value();
}

void IdentityResolver::audit(const Identity& who, const std::string& action, std::int64_t user_id,
                             const std::string& reason, std::int64_t now_ms) {
    store::AuditEntry entry;
    entry.at = now_ms;
    entry.actor = "sync";
    entry.action = action;
    entry.subject = who.person;
    entry.target = "user:" + std::to_string(user_id);
    entry.reason = reason;
    store_.audit.append(entry);
}

Outcome<store::UserLink> IdentityResolver::ensure(client::KisiClient& kisi, const Identity& who,
                                                  bool bulk, std::int64_t now_ms, bool& changed) {
    changed = false;
    auto link = store_.user_links.get(who.person);
    if (link && email_key(link->email) == email_key(who.email)) return *link;
    if (who.email.empty())
        return Failure{FailureClass::rejected,
                       "the person has no email address, which Kisi needs to identify them"};

    auto existing = find(kisi, who.email, bulk);
    if (!existing.ok()) return existing.failure();
    store::UserLink made;
    made.person = who.person;
    made.email = who.email;
    made.linked_at = now_ms;
    const std::string reason = link ? "email changed from " + link->email : "needs door access";
    if (existing.value()) {
        made.kisi_user_id = existing.value()->id;
    } else {
        auto user = create(kisi, who, made.created_by_plugin);
        if (!user.ok()) return user.failure();
        made.kisi_user_id = user.value().id;
    }
    // A new link has no login: the one made for a previous Kisi user does not act for this one.
    store_.user_links.save(made);
    audit(who, made.created_by_plugin ? "user.create" : "user.link", made.kisi_user_id,
          made.created_by_plugin ? reason + "; created as a managed Kisi user"
                                 : reason + "; linked to the existing Kisi user with this email",
          now_ms);
    changed = true;
    return made;
}

}  // namespace kisi::sync
