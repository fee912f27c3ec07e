// The model behind one mutex: every request reads or changes it in a single critical section.
#pragma once

#include "store/model.h"

#include <mutex>
#include <utility>

namespace kisi::sandbox {

class State {
  public:
    template <class Reader>
    auto read(Reader&& reader) const {
        std::lock_guard lock(mutex_);
        return reader(std::as_const(model_));
    }

    template <class Writer>
    auto write(Writer&& writer) {
        std::lock_guard lock(mutex_);
        return writer(model_);
    }

  private:
    mutable std::mutex mutex_;
    Model model_;
};

}  // namespace kisi::sandbox
