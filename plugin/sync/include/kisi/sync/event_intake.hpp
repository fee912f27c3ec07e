#pragma once

#include <kisi/store/store.hpp>
#include <sdk/host.hpp>
#include <sdk/json.hpp>
#include <sdk/result.hpp>

#include <string_view>

namespace kisi::sync {

// Takes host events (contract.changed/1, adult.changed/1, employee.changed/1) and records them
// durably as work, in one transaction with their event_id, before acknowledging: a redelivered
// event is recognised and acknowledged again without queueing twice. Events are hints: the
// work only names whom to converge; the worker reads the current facts.
class EventIntake {
  public:
    enum class Accepted { queued, duplicate, ignored };

    EventIntake(store::Store& store, sdk::Host host) : store_(store), host_(host) {}

    // Malformed events and unknown types are acknowledged and logged (redelivering them would
    // block the host's in-order delivery forever) and answer `ignored`.
    Accepted accept(const sdk::json::Object& event);
    Accepted accept(std::string_view event_json);

  private:
    store::Store& store_;
    sdk::Host host_;
};

}  // namespace kisi::sync
