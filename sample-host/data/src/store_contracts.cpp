#include <Poco/Nullable.h>

#include "host_data/entity_json.h"
#include "host_data/store.h"
#include "host_data/validation.h"
#include "store_rows.h"

namespace host::data {
namespace {

Contract patched(Contract contract, const ContractPatch& patch) {
    if (patch.center_id) contract.center_id = *patch.center_id;
    if (patch.start_date) contract.start_date = *patch.start_date;
    if (patch.end_date) contract.end_date = *patch.end_date;
    if (patch.status) contract.status = *patch.status;
    return contract;
}

Poco::Nullable<std::string> nullable(const std::optional<std::string>& value) {
    return value ? Poco::Nullable<std::string>(*value) : Poco::Nullable<std::string>();
}

}  // namespace

Result<Contract> Store::create_contract(Contract contract) {
    if (auto valid = validate(contract); !valid) return valid.error();
    return write_with_events([&](Poco::Data::Session& session) -> Result<Contract> {
        if (auto ref = check_reference(session, "children", "child_id", contract.child_id); !ref) {
            return ref.error();
        }
        if (auto ref = check_reference(session, "centers", "center_id", contract.center_id); !ref) {
            return ref.error();
        }
        execute(session,
                "INSERT INTO contracts(child_id, center_id, start_date, end_date, status) "
                "VALUES(?, ?, ?, ?, ?)",
                contract.child_id, contract.center_id, contract.start_date,
                nullable(contract.end_date), contract.status);
        contract.id = last_insert_id(session);
        outbox_->append(session, contract_changed, "created", "contract", to_json(contract),
                        clock_->now_ms());
        return contract;
    });
}

Result<Contract> Store::update_contract(Id id, const ContractPatch& patch) {
    return write_with_events([&](Poco::Data::Session& session) -> Result<Contract> {
        const auto current = find_contract(session, id);
        if (!current) return missing("contract", id);
        const Contract contract = patched(*current, patch);
        if (auto valid = validate(contract); !valid) return valid.error();
        if (contract == *current) return contract;
        if (auto ref = check_reference(session, "centers", "center_id", contract.center_id); !ref) {
            return ref.error();
        }
        execute(session,
                "UPDATE contracts SET center_id = ?, start_date = ?, end_date = ?, status = ? "
                "WHERE id = ?",
                contract.center_id, contract.start_date, nullable(contract.end_date),
                contract.status, id);
        outbox_->append(session, contract_changed, "updated", "contract", to_json(contract),
                        clock_->now_ms());
        return contract;
    });
}

}  // namespace host::data
