#pragma once

#include "kisi/store/database.hpp"

#include <cstdint>

namespace kisi::store {

struct MigrationReport {
    int from_version = 0;
    int to_version = 0;
};

// The schema version this code writes (the number of the last migration).
int latest_schema_version();

// The version recorded in the database's schema_version table; 0 for a new database.
int current_schema_version(Database& db);

// Applies every migration newer than the database's version, each in its own transaction
// together with its schema_version row, so that a crash leaves the database at a whole
// version. Running it again is a no-op. Throws StoreError for a database written by a newer
// version of the plugin.
MigrationReport migrate(Database& db, std::int64_t now_ms);

}  // namespace kisi::store
