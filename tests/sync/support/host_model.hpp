// The host's data for sync tests: centers, families' adults, children's contracts and
// employees in memory, answering the directory queries the engine makes (the shapes of
// host-api/schemas/directory.schema.json) and writing the events the host would emit.
#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <utility>

namespace sync_test {

struct Center {
    std::int64_t id = 0;
    std::string name;
    std::string time_zone;
};
struct Adult {
    Adult(std::int64_t id, std::int64_t family_id, std::string name, std::string email,
          std::string relationship = "guardian", bool door_access = true, bool do_not_admit = false)
        : id(id),
          family_id(family_id),
          name(std::move(name)),
          email(std::move(email)),
          relationship(std::move(relationship)),
          door_access(door_access),
          do_not_admit(do_not_admit) {}
    std::int64_t id = 0;
    std::int64_t family_id = 0;
    std::string name;
    std::string email;
    std::string relationship = "guardian";
    bool door_access = true;
    bool do_not_admit = false;
};
struct Child {
    std::int64_t id = 0;
    std::int64_t family_id = 0;
};
struct Contract {
    Contract(std::int64_t id, std::int64_t child_id, std::int64_t center_id, std::string start_date,
             std::optional<std::string> end_date = std::nullopt, std::string status = "active")
        : id(id),
          child_id(child_id),
          center_id(center_id),
          start_date(std::move(start_date)),
          end_date(std::move(end_date)),
          status(std::move(status)) {}
    std::int64_t id = 0;
    std::int64_t child_id = 0;
    std::int64_t center_id = 0;
    std::string start_date;
    std::optional<std::string> end_date;
    std::string status = "active";
};
struct Employee {
    Employee(std::int64_t id, std::string name, std::string email, std::int64_t home_center_id,
             std::string status = "active")
        : id(id),
          name(std::move(name)),
          email(std::move(email)),
          home_center_id(home_center_id),
          status(std::move(status)) {}
    std::int64_t id = 0;
    std::string name;
    std::string email;
    std::int64_t home_center_id = 0;
    std::string status = "active";
};

// Thread-safe: the engine's worker queries while a test changes data.
class HostModel {
  public:
    // Each put answers the event JSON the host would deliver for the change.
    void put(const Center& center);
    std::string put(const Adult& adult);
    void put(const Child& child);
    std::string put(const Contract& contract);
    std::string put(const Employee& employee);

    Adult adult(std::int64_t id) const;
    Contract contract(std::int64_t id) const;
    Employee employee(std::int64_t id) const;

    // A directory request -> (found, answer JSON).
    std::pair<bool, std::string> query(const std::string& request_json) const;

    // The whole model as JSON and back (for a test's child process).
    std::string to_json() const;
    void load_json(const std::string& text);

  private:
    std::string event(const std::string& type, const std::string& key, const std::string& entity);
    std::string adult_facts(const Adult& adult, std::optional<std::int64_t> only_center) const;

    mutable std::mutex mutex_;
    std::map<std::int64_t, Center> centers_;
    std::map<std::int64_t, Adult> adults_;
    std::map<std::int64_t, Child> children_;
    std::map<std::int64_t, Contract> contracts_;
    std::map<std::int64_t, Employee> employees_;
    std::int64_t sequence_ = 0;
};

}  // namespace sync_test
