#pragma once

#include <kisi/client/kisi_client.h>

#include <functional>
#include <memory>

namespace kisi::sync {

// Where the engine gets its Kisi client from (the plugin's connection): null while Kisi is not
// connected. A different client than before means an admin saved a new key. Called from the
// worker and from the host's strand, so it must be thread-safe.
using ClientSource = std::function<std::shared_ptr<client::KisiClient>()>;

}  // namespace kisi::sync
