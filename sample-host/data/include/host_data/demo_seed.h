// Realistic demo data for `sample-host --demo`: three centers, dozens of families with
// guardians and pickups, children with contracts that are running, starting soon and ended,
// and a staff of employees. Dates are relative to the host clock's today.
#pragma once

#include <cstdint>

#include "host_data/result.h"
#include "host_data/store.h"

namespace host::data {

// The centers the demo seeds (the embedded Kisi sandbox's demo places carry the same names).
inline constexpr const char* demo_center_names[] = {"Maple Street Center", "Riverside Center",
                                                    "Oak Hill Center"};

// Seeds when the database has no centers yet; answers whether it seeded.
Result<bool> seed_demo_data(Store& store, std::int64_t now_ms);

}  // namespace host::data
