#include "host_data/entity_json.h"
#include "host_data/store.h"
#include "host_data/validation.h"
#include "store_rows.h"

namespace host::data {
namespace {

Adult patched(Adult adult, const AdultPatch& patch) {
    if (patch.family_id) adult.family_id = *patch.family_id;
    if (patch.name) adult.name = *patch.name;
    if (patch.email) adult.email = *patch.email;
    if (patch.relationship) adult.relationship = *patch.relationship;
    if (patch.door_access) adult.door_access = *patch.door_access;
    if (patch.do_not_admit) adult.do_not_admit = *patch.do_not_admit;
    return adult;
}

}  // namespace

Result<Adult> Store::create_adult(Adult adult) {
    if (auto valid = validate(adult); !valid) return valid.error();
    return write_with_events([&](Poco::Data::Session& session) -> Result<Adult> {
        if (auto ref = check_reference(session, "families", "family_id", adult.family_id); !ref) {
            return ref.error();
        }
        execute(session,
                "INSERT INTO adults(family_id, name, email, relationship, door_access, "
                "do_not_admit) VALUES(?, ?, ?, ?, ?, ?)",
                adult.family_id, adult.name, adult.email, adult.relationship,
                int{adult.door_access}, int{adult.do_not_admit});
        adult.id = last_insert_id(session);
        outbox_->append(session, adult_changed, "created", "adult", to_json(adult),
                        clock_->now_ms());
        return adult;
    });
}

Result<Adult> Store::update_adult(Id id, const AdultPatch& patch) {
    return write_with_events([&](Poco::Data::Session& session) -> Result<Adult> {
        const auto current = find_adult(session, id);
        if (!current) return missing("adult", id);
        const Adult adult = patched(*current, patch);
        if (auto valid = validate(adult); !valid) return valid.error();
        if (adult == *current) return adult;
        if (auto ref = check_reference(session, "families", "family_id", adult.family_id); !ref) {
            return ref.error();
        }
        execute(session,
                "UPDATE adults SET family_id = ?, name = ?, email = ?, relationship = ?, "
                "door_access = ?, do_not_admit = ? WHERE id = ?",
                adult.family_id, adult.name, adult.email, adult.relationship,
                int{adult.door_access}, int{adult.do_not_admit}, id);
        outbox_->append(session, adult_changed, "updated", "adult", to_json(adult),
                        clock_->now_ms());
        return adult;
    });
}

}  // namespace host::data
