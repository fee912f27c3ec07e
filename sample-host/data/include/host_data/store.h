// The host's domain data. Every create and update validates its input (nothing is written
// when it fails) and writes the matching event to the outbox in the same transaction:
// adults -> adult.changed/1, contracts -> contract.changed/1, employees -> employee.changed/1.
// An update that changes nothing writes no event.
#pragma once

#include <memory>
#include <vector>

#include "host_data/database.h"
#include "host_data/host_clock.h"
#include "host_data/model.h"
#include "host_data/outbox.h"
#include "host_data/result.h"

namespace host::data {

class Store {
  public:
    Store(std::shared_ptr<Database> database, std::shared_ptr<Outbox> outbox,
          std::shared_ptr<const HostClock> clock);

    // Creates answer the stored entity with its new id.
    Result<Center> create_center(Center center);
    Result<Family> create_family(Family family);
    Result<Adult> create_adult(Adult adult);
    Result<Child> create_child(Child child);
    Result<Contract> create_contract(Contract contract);
    Result<Employee> create_employee(Employee employee);

    // Updates answer the entity's new state; ErrorKind::not_found when `id` does not exist.
    Result<Adult> update_adult(Id id, const AdultPatch& patch);
    Result<Contract> update_contract(Id id, const ContractPatch& patch);
    Result<Employee> update_employee(Id id, const EmployeePatch& patch);

    // Reads; ErrorKind::not_found when `id` does not exist.
    Result<Center> center(Id id);
    Result<Family> family(Id id);
    Result<Adult> adult(Id id);
    Result<Child> child(Id id);
    Result<Contract> contract(Id id);
    Result<Employee> employee(Id id);
    Result<std::vector<Center>> centers();

  private:
    // Runs a write that appended events, then wakes the dispatcher once it committed.
    template <class Work>
    auto write_with_events(Work&& work) {
        auto result = database_->write(std::forward<Work>(work));
        if (result.ok()) outbox_->announce();
        return result;
    }

    std::shared_ptr<Database> database_;
    std::shared_ptr<Outbox> outbox_;
    std::shared_ptr<const HostClock> clock_;
};

}  // namespace host::data
