#include "host_data/store.h"
#include "store_rows.h"

namespace host::data {
namespace {

std::string text(const Poco::Data::RecordSet& rows, std::size_t column) {
    return rows.value(column, 0).convert<std::string>();
}

Id integer(const Poco::Data::RecordSet& rows, std::size_t column) {
    return rows.value(column, 0).convert<Id>();
}

}  // namespace

std::optional<Center> find_center(Poco::Data::Session& session, Id id) {
    auto rows = select(session, "SELECT id, name, time_zone FROM centers WHERE id = ?", id);
    if (rows.rowCount() == 0) return std::nullopt;
    return Center{integer(rows, 0), text(rows, 1), text(rows, 2)};
}

std::optional<Family> find_family(Poco::Data::Session& session, Id id) {
    auto rows = select(session, "SELECT id, name FROM families WHERE id = ?", id);
    if (rows.rowCount() == 0) return std::nullopt;
    return Family{integer(rows, 0), text(rows, 1)};
}

std::optional<Adult> find_adult(Poco::Data::Session& session, Id id) {
    auto rows = select(session,
                       "SELECT id, family_id, name, email, relationship, door_access, "
                       "do_not_admit FROM adults WHERE id = ?",
                       id);
    if (rows.rowCount() == 0) return std::nullopt;
    return Adult{integer(rows, 0), integer(rows, 1),      text(rows, 2),        text(rows, 3),
                 text(rows, 4),    integer(rows, 5) != 0, integer(rows, 6) != 0};
}

std::optional<Child> find_child(Poco::Data::Session& session, Id id) {
    auto rows = select(session, "SELECT id, family_id, name FROM children WHERE id = ?", id);
    if (rows.rowCount() == 0) return std::nullopt;
    return Child{integer(rows, 0), integer(rows, 1), text(rows, 2)};
}

std::optional<Contract> find_contract(Poco::Data::Session& session, Id id) {
    auto rows = select(session,
                       "SELECT id, child_id, center_id, start_date, end_date, status "
                       "FROM contracts WHERE id = ?",
                       id);
    if (rows.rowCount() == 0) return std::nullopt;
    Contract contract{integer(rows, 0), integer(rows, 1), integer(rows, 2),
                      text(rows, 3),    std::nullopt,     text(rows, 5)};
    if (!rows.value(4, 0).isEmpty()) contract.end_date = text(rows, 4);
    return contract;
}

std::optional<Employee> find_employee(Poco::Data::Session& session, Id id) {
    auto rows = select(
        session, "SELECT id, name, email, home_center_id, status FROM employees WHERE id = ?", id);
    if (rows.rowCount() == 0) return std::nullopt;
    return Employee{integer(rows, 0), text(rows, 1), text(rows, 2), integer(rows, 3),
                    text(rows, 4)};
}

Status check_reference(Poco::Data::Session& session, const char* table, const char* field, Id id) {
    auto rows = select(session, std::string("SELECT 1 FROM ") + table + " WHERE id = ?", id);
    if (rows.rowCount() == 0) {
        return invalid(std::string(field) + " " + std::to_string(id) + " does not exist");
    }
    return Done{};
}

Error missing(const char* entity, Id id) {
    return not_found(std::string(entity) + " " + std::to_string(id) + " does not exist");
}

namespace {

template <class T>
Result<T> found(std::optional<T> entity, const char* name, Id id) {
    if (!entity) return missing(name, id);
    return *entity;
}

}  // namespace

Result<Center> Store::center(Id id) {
    return database_->read([&](Poco::Data::Session& s) -> Result<Center> {
        return found(find_center(s, id), "center", id);
    });
}

Result<Family> Store::family(Id id) {
    return database_->read([&](Poco::Data::Session& s) -> Result<Family> {
        return found(find_family(s, id), "family", id);
    });
}

Result<Adult> Store::adult(Id id) {
    return database_->read([&](Poco::Data::Session& s) -> Result<Adult> {
        return found(find_adult(s, id), "adult", id);
    });
}

Result<Child> Store::child(Id id) {
    return database_->read([&](Poco::Data::Session& s) -> Result<Child> {
        return found(find_child(s, id), "child", id);
    });
}

Result<Contract> Store::contract(Id id) {
    return database_->read([&](Poco::Data::Session& s) -> Result<Contract> {
        return found(find_contract(s, id), "contract", id);
    });
}

Result<Employee> Store::employee(Id id) {
    return database_->read([&](Poco::Data::Session& s) -> Result<Employee> {
        return found(find_employee(s, id), "employee", id);
    });
}

Result<std::vector<Center>> Store::centers() {
    return database_->read([&](Poco::Data::Session& s) -> Result<std::vector<Center>> {
        auto rows = select(s, "SELECT id, name, time_zone FROM centers ORDER BY id");
        std::vector<Center> centers;
        for (std::size_t row = 0; row < rows.rowCount(); ++row) {
            centers.push_back(Center{rows.value(0, row).convert<Id>(),
                                     rows.value(1, row).convert<std::string>(),
                                     rows.value(2, row).convert<std::string>()});
        }
        return centers;
    });
}

}  // namespace host::data
