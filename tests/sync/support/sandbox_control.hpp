// The Kisi sandbox's control endpoints (/_sandbox/...), for tests and the bench.
#pragma once

#include <Poco/JSON/Array.h>

#include <cstdint>
#include <string>

namespace sync_test {

class SandboxControl {
  public:
    explicit SandboxControl(std::uint16_t port) : port_(port) {}

    // POST /_sandbox/faults with `fault_json`; DELETE clears every fault.
    void inject(const std::string& fault_json) const;
    void clear_faults() const;
    // GET /_sandbox/requests (oldest first) and DELETE it.
    Poco::JSON::Array::Ptr requests() const;
    void clear_requests() const;

  private:
    std::string call(const std::string& method, const std::string& path,
                     const std::string& body = {}) const;
    std::uint16_t port_;
};

}  // namespace sync_test
