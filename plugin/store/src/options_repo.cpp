#include "kisi/store/options_repo.hpp"

namespace kisi::store {

using namespace Poco::Data::Keywords;

AccessOptions OptionsRepo::get() {
    AccessOptions o;
    db_.run([&](Poco::Data::Session& s) {
        s << "SELECT lead_days, grace_days, removal_threshold_percent, removal_threshold_min "
             "FROM options WHERE id = 1",
            into(o.lead_days), into(o.grace_days), into(o.removal_threshold_percent),
            into(o.removal_threshold_min), now;
    });
    return o;
}

void OptionsRepo::save(const AccessOptions& o) {
    db_.run([&](Poco::Data::Session& s) {
        s << "UPDATE options SET lead_days = ?, grace_days = ?, removal_threshold_percent = ?, "
             "removal_threshold_min = ? WHERE id = 1",
            useRef(o.lead_days), useRef(o.grace_days), useRef(o.removal_threshold_percent),
            useRef(o.removal_threshold_min), now;
    });
}

}  // namespace kisi::store
