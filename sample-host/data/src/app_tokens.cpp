#include "host_data/app_tokens.h"

#include <Poco/DigestEngine.h>
#include <Poco/RandomStream.h>
#include <Poco/SHA2Engine.h>

#include "host_data/calendar.h"
#include "store_rows.h"

namespace host::data {
namespace {

std::string digest(const std::string& token) {
    Poco::SHA2Engine sha256(Poco::SHA2Engine::SHA_256);
    sha256.update(token);
    return Poco::DigestEngine::digestToHex(sha256.digest());
}

std::string new_token() {
    Poco::RandomInputStream random;
    std::string bytes(32, '\0');
    random.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return "app_" + Poco::DigestEngine::digestToHex({bytes.begin(), bytes.end()});
}

}  // namespace

AppTokens::AppTokens(std::shared_ptr<Database> database, std::shared_ptr<const HostClock> clock)
    : database_(std::move(database)), clock_(std::move(clock)) {}

Result<std::string> AppTokens::issue(const AppPerson& person) {
    if (person.adult_id.has_value() == person.employee_id.has_value()) {
        return invalid("an app token is for exactly one person: give adult_id or employee_id");
    }
    const std::string token = new_token();
    return database_->write([&](Poco::Data::Session& session) -> Result<std::string> {
        const Status exists =
            person.adult_id
                ? check_reference(session, "adults", "adult_id", *person.adult_id)
                : check_reference(session, "employees", "employee_id", *person.employee_id);
        if (!exists) return exists.error();
        const Poco::Nullable<Id> adult =
            person.adult_id ? Poco::Nullable<Id>(*person.adult_id) : Poco::Nullable<Id>();
        const Poco::Nullable<Id> employee =
            person.employee_id ? Poco::Nullable<Id>(*person.employee_id) : Poco::Nullable<Id>();
        execute(session,
                "INSERT INTO app_tokens(token_hash, adult_id, employee_id, created_at) "
                "VALUES(?, ?, ?, ?)",
                digest(token), adult, employee, format_instant(clock_->now_ms()));
        return token;
    });
}

Result<std::optional<AppPerson>> AppTokens::resolve(const std::string& token) {
    return database_->read([&](Poco::Data::Session& session) -> Result<std::optional<AppPerson>> {
        auto rows =
            select(session, "SELECT adult_id, employee_id FROM app_tokens WHERE token_hash = ?",
                   digest(token));
        if (rows.rowCount() == 0) return std::optional<AppPerson>{};
        AppPerson person;
        if (!rows.value(0, 0).isEmpty()) person.adult_id = rows.value(0, 0).convert<Id>();
        if (!rows.value(1, 0).isEmpty()) person.employee_id = rows.value(1, 0).convert<Id>();
        return std::optional<AppPerson>{person};
    });
}

}  // namespace host::data
