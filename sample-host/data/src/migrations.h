// Versioned schema migrations of the host database, applied in order at open.
#pragma once

#include <Poco/Data/Session.h>

namespace host::data {

// Applies every migration newer than the database's recorded version, each in its own
// transaction. Throws on failure (the caller turns it into an error value).
void apply_migrations(Poco::Data::Session& session);

}  // namespace host::data
