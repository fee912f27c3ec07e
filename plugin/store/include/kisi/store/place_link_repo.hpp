#pragma once

#include "kisi/store/database.hpp"

#include <cstdint>
#include <optional>
#include <vector>

namespace kisi::store {

// A Kisi place linked to a host center, with the center's parent group (where guardians get
// access) and its optional default staff group. One place per center, one center per place.
struct PlaceLink {
    std::int64_t place_id = 0;
    std::int64_t center_id = 0;
    std::int64_t parent_group_id = 0;
    std::optional<std::int64_t> staff_group_id;
    std::int64_t linked_at = 0;
};

class PlaceLinkRepo {
  public:
    explicit PlaceLinkRepo(Database& db) : db_(db) {}

    std::vector<PlaceLink> all();
    std::optional<PlaceLink> by_place(std::int64_t place_id);
    std::optional<PlaceLink> by_center(std::int64_t center_id);

    // Creates or replaces the link of link.place_id. When the center is already linked to
    // another place nothing is written and that place's id is returned.
    std::optional<std::int64_t> save(const PlaceLink& link);
    void remove(std::int64_t place_id);

  private:
    Database& db_;
};

}  // namespace kisi::store
