#pragma once

#include "kisi/sync/facts.hpp"

#include <sdk/host.hpp>
#include <sdk/result.hpp>

#include <cstdint>
#include <optional>
#include <vector>

namespace kisi::sync {

// The host's directory, read through the host service and parsed into facts. A person the
// directory does not know answers nullopt (deleted in the host); any other failure is an error
// value naming the query.
class HostDirectory {
  public:
    explicit HostDirectory(sdk::Host host) : host_(host) {}

    sdk::Result<std::optional<AdultFacts>> adult(std::int64_t adult_id) const;
    sdk::Result<std::optional<EmployeeFacts>> employee(std::int64_t employee_id) const;
    // The adults of the family that holds the contract (empty for an unknown contract).
    sdk::Result<std::vector<AdultFacts>> adults_by_contract(std::int64_t contract_id) const;
    // The adults of every family with a contract at the center, with that center's contracts.
    sdk::Result<std::vector<AdultFacts>> center_entitlements(std::int64_t center_id) const;
    sdk::Result<std::vector<EmployeeFacts>> employees() const;
    sdk::Result<std::vector<CenterFacts>> centers() const;

  private:
    sdk::Host host_;
};

}  // namespace kisi::sync
