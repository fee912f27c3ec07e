#include "host_data/contract_scheduler.h"

#include <algorithm>
#include <string>

#include <Poco/Logger.h>

#include "host_data/calendar.h"
#include "host_data/entity_json.h"
#include "host_data/settings_store.h"
#include "store_rows.h"

namespace host::data {
namespace {

constexpr const char* last_scan_key = "contract_scheduler.last_scan_ms";
constexpr std::int64_t day_ms = 24 * 60 * 60 * 1000;

bool within(std::int64_t instant, std::int64_t low, std::int64_t high) {
    return instant > low && instant <= high;
}

}  // namespace

ContractScheduler::ContractScheduler(std::shared_ptr<Database> database,
                                     std::shared_ptr<Outbox> outbox,
                                     std::shared_ptr<HostClock> clock)
    : database_(std::move(database)), outbox_(std::move(outbox)), clock_(std::move(clock)) {}

ContractScheduler::~ContractScheduler() {
    stop();
}

Result<std::size_t> ContractScheduler::scan() {
    std::lock_guard scan_lock(scan_mutex_);
    const std::int64_t now = clock_->now_ms();
    auto emitted = database_->write([&](Poco::Data::Session& session) -> Result<std::size_t> {
        const auto last = SettingsStore::host_setting(session, last_scan_key);
        SettingsStore::set_host_setting(session, last_scan_key, std::to_string(now));
        if (!last) return std::size_t{0};  // first run: nothing was promised before
        const std::int64_t low = std::min<std::int64_t>(std::stoll(*last), now);
        const std::int64_t high = std::max<std::int64_t>(std::stoll(*last), now);
        if (low == high) return std::size_t{0};
        // Local dates are at most a day away from UTC dates; narrow the candidates by text.
        const std::string first_day = format_local_date(low / day_ms - 2);
        const std::string last_day = format_local_date(high / day_ms + 2);
        auto rows = select(session,
                           "SELECT k.id, k.start_date, k.end_date, c.time_zone FROM contracts k "
                           "JOIN centers c ON c.id = k.center_id WHERE k.status = 'active' AND "
                           "(k.start_date BETWEEN ? AND ? OR k.end_date BETWEEN ? AND ?)",
                           first_day, last_day, first_day, last_day);
        std::size_t count = 0;
        for (std::size_t row = 0; row < rows.rowCount(); ++row) {
            const auto time_zone = rows.value(3, row).convert<std::string>();
            const auto start = *parse_local_date(rows.value(1, row).convert<std::string>());
            bool crossed = within(start_of_local_day(time_zone, start), low, high);
            if (!rows.value(2, row).isEmpty()) {
                const auto end = *parse_local_date(rows.value(2, row).convert<std::string>());
                crossed = crossed || within(start_of_local_day(time_zone, end + 1), low, high);
            }
            if (!crossed) continue;
            const auto contract = find_contract(session, rows.value(0, row).convert<Id>());
            outbox_->append(session, contract_changed, "clock", "contract", to_json(*contract),
                            now);
            ++count;
        }
        return count;
    });
    if (emitted && emitted.value() > 0) outbox_->announce();
    return emitted;
}

void ContractScheduler::start(std::chrono::milliseconds period) {
    std::lock_guard lock(thread_mutex_);
    stopping_ = false;
    thread_ = std::thread([this, period] {
        std::unique_lock wait_lock(thread_mutex_);
        while (!stop_signal_.wait_for(wait_lock, period, [this] { return stopping_; })) {
            wait_lock.unlock();
            // A failed scan keeps the stored instant, so the next tick covers the same window.
            if (auto scanned = scan(); !scanned) {
                Poco::Logger::get("host.contract_scheduler")
                    .error("contract boundary scan failed: " + scanned.error().message);
            }
            wait_lock.lock();
        }
    });
}

void ContractScheduler::stop() {
    {
        std::lock_guard lock(thread_mutex_);
        stopping_ = true;
    }
    stop_signal_.notify_all();
    if (thread_.joinable()) thread_.join();
}

}  // namespace host::data
