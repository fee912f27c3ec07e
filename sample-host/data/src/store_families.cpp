// Centers, families and children: the structure the event-carrying entities refer to. Their
// creation changes nobody's entitlement on its own, so it writes no event.
#include "host_data/store.h"
#include "host_data/validation.h"
#include "store_rows.h"

namespace host::data {

Store::Store(std::shared_ptr<Database> database, std::shared_ptr<Outbox> outbox,
             std::shared_ptr<const HostClock> clock)
    : database_(std::move(database)), outbox_(std::move(outbox)), clock_(std::move(clock)) {}

Result<Center> Store::create_center(Center center) {
    if (auto valid = validate(center); !valid) return valid.error();
    return database_->write([&](Poco::Data::Session& session) -> Result<Center> {
        execute(session, "INSERT INTO centers(name, time_zone) VALUES(?, ?)", center.name,
                center.time_zone);
        center.id = last_insert_id(session);
        return center;
    });
}

Result<Family> Store::create_family(Family family) {
    if (auto valid = validate(family); !valid) return valid.error();
    return database_->write([&](Poco::Data::Session& session) -> Result<Family> {
        execute(session, "INSERT INTO families(name) VALUES(?)", family.name);
        family.id = last_insert_id(session);
        return family;
    });
}

Result<Child> Store::create_child(Child child) {
    if (auto valid = validate(child); !valid) return valid.error();
    return database_->write([&](Poco::Data::Session& session) -> Result<Child> {
        if (auto ref = check_reference(session, "families", "family_id", child.family_id); !ref) {
            return ref.error();
        }
        execute(session, "INSERT INTO children(family_id, name) VALUES(?, ?)", child.family_id,
                child.name);
        child.id = last_insert_id(session);
        return child;
    });
}

}  // namespace host::data
