#pragma once

#include <kisi/client/kisi_client.h>

#include <memory>
#include <mutex>

namespace kisi::sync {

// The Kisi client the engine currently uses: none until the connection is saved; replaced
// when an admin saves a new key. Thread-safe.
class ClientSlot {
  public:
    std::shared_ptr<client::KisiClient> get() const {
        std::lock_guard lock(mutex_);
        return client_;
    }
    void set(std::shared_ptr<client::KisiClient> client) {
        std::lock_guard lock(mutex_);
        client_ = std::move(client);
    }

  private:
    mutable std::mutex mutex_;
    std::shared_ptr<client::KisiClient> client_;
};

}  // namespace kisi::sync
