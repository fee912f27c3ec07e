#pragma once

#include "kisi/store/kisi_cache_repo.hpp"

#include <cstdint>
#include <optional>
#include <string>

// How pages show times and Kisi objects.
namespace kisi::ui {

// "2026-12-04 15:38 UTC" for milliseconds since the epoch.
std::string format_time(std::int64_t ms);

// "Maple Street Center Parents (101)", or "group 101 (not in the cached list)" when unknown.
std::string group_label(std::int64_t group_id, store::KisiCacheRepo& cache);

// "set, ends in …abcd"
std::string key_hint(const std::string& last4);

}  // namespace kisi::ui
