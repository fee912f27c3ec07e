#pragma once

#include "kisi/store/database.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace kisi::store {

struct KisiPlace {
    std::int64_t id = 0;
    std::string name;
    std::optional<std::string> time_zone;
};

struct KisiGroup {
    std::int64_t id = 0;
    std::string name;
    std::optional<std::int64_t> place_id;  // none: an organization-wide group
};

struct KisiLock {
    std::int64_t id = 0;
    std::string name;
    std::int64_t place_id = 0;
};

// One complete read of Kisi's places, groups and locks, plus which locks some groups open
// (reading that costs a request per group, so only the groups the plugin uses are read).
struct KisiCatalog {
    std::vector<KisiPlace> places;
    std::vector<KisiGroup> groups;
    std::vector<KisiLock> locks;
    std::map<std::int64_t, std::vector<std::int64_t>> lock_ids_by_group;
};

// A cached Kisi object with when it was last seen. missing_since is set when a refresh no
// longer found it in Kisi (deleted there); the row stays so that links to it can say so.
template <class T>
struct Cached {
    T item;
    std::int64_t fetched_at = 0;
    std::optional<std::int64_t> missing_since;
    bool missing() const { return missing_since.has_value(); }
};

// The local copy of Kisi's places, groups, locks and group locks.
class KisiCacheRepo {
  public:
    explicit KisiCacheRepo(Database& db) : db_(db) {}

    // Replaces the cache with a complete read, atomically: everything in the catalog is
    // present as of fetched_at, everything else is marked missing; the locks of the groups
    // not in lock_ids_by_group become unknown.
    void replace_all(const KisiCatalog& catalog, std::int64_t fetched_at);
    // Records one group read live from Kisi (for example while validating a group id).
    void put_group(const KisiGroup& group, std::int64_t fetched_at);
    // Records the locks one cached group opens, read live from Kisi, and those locks.
    void put_group_locks(std::int64_t group_id, const std::vector<KisiLock>& locks,
                         std::int64_t fetched_at);

    std::optional<std::int64_t> last_refreshed_at();
    std::vector<Cached<KisiPlace>> places();
    std::optional<Cached<KisiPlace>> place(std::int64_t id);
    std::vector<Cached<KisiGroup>> groups();
    std::optional<Cached<KisiGroup>> group(std::int64_t id);
    std::vector<Cached<KisiLock>> locks_of_place(std::int64_t place_id);
    std::optional<Cached<KisiLock>> lock(std::int64_t id);
    // The present locks a group opens.
    std::vector<Cached<KisiLock>> locks_of_group(std::int64_t group_id);
    // Whether the locks of this cached group were ever read (a group may open no lock at all).
    bool group_locks_known(std::int64_t group_id);

  private:
    Database& db_;
};

}  // namespace kisi::store
