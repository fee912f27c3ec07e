#include "host_data/entity_json.h"
#include "host_data/store.h"
#include "host_data/validation.h"
#include "store_rows.h"

namespace host::data {
namespace {

Employee patched(Employee employee, const EmployeePatch& patch) {
    if (patch.name) employee.name = *patch.name;
    if (patch.email) employee.email = *patch.email;
    if (patch.home_center_id) employee.home_center_id = *patch.home_center_id;
    if (patch.status) employee.status = *patch.status;
    return employee;
}

}  // namespace

Result<Employee> Store::create_employee(Employee employee) {
    if (auto valid = validate(employee); !valid) return valid.error();
    return write_with_events([&](Poco::Data::Session& session) -> Result<Employee> {
        if (auto ref =
                check_reference(session, "centers", "home_center_id", employee.home_center_id);
            !ref) {
            return ref.error();
        }
        execute(session,
                "INSERT INTO employees(name, email, home_center_id, status) VALUES(?, ?, ?, ?)",
                employee.name, employee.email, employee.home_center_id, employee.status);
        employee.id = last_insert_id(session);
        outbox_->append(session, employee_changed, "created", "employee", to_json(employee),
                        clock_->now_ms());
        return employee;
    });
}

Result<Employee> Store::update_employee(Id id, const EmployeePatch& patch) {
    return write_with_events([&](Poco::Data::Session& session) -> Result<Employee> {
        const auto current = find_employee(session, id);
        if (!current) return missing("employee", id);
        const Employee employee = patched(*current, patch);
        if (auto valid = validate(employee); !valid) return valid.error();
        if (employee == *current) return employee;
        if (auto ref =
                check_reference(session, "centers", "home_center_id", employee.home_center_id);
            !ref) {
            return ref.error();
        }
        execute(session,
                "UPDATE employees SET name = ?, email = ?, home_center_id = ?, status = ? "
                "WHERE id = ?",
                employee.name, employee.email, employee.home_center_id, employee.status, id);
        outbox_->append(session, employee_changed, "updated", "employee", to_json(employee),
                        clock_->now_ms());
        return employee;
    });
}

}  // namespace host::data
