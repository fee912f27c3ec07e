// Emits contract.changed/1 (cause "clock") when the host clock passes a contract's start (the
// start of start_date) or end (the start of the day after end_date) in its center's time
// zone, in either direction: the event the host would have emitted in real time. Scans on each
// clock move and periodically; the last scanned instant is stored with the events, so
// boundaries passed while the host was down are caught up after a restart.
#pragma once

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

#include "host_data/database.h"
#include "host_data/host_clock.h"
#include "host_data/outbox.h"
#include "host_data/result.h"

namespace host::data {

class ContractScheduler {
  public:
    ContractScheduler(std::shared_ptr<Database> database, std::shared_ptr<Outbox> outbox,
                      std::shared_ptr<HostClock> clock);
    ~ContractScheduler();

    // Emits the events for boundaries between the last scan and now; answers how many.
    Result<std::size_t> scan();

    // Scans every `period` on a thread of its own, until stop().
    void start(std::chrono::milliseconds period);
    void stop();

  private:
    std::shared_ptr<Database> database_;
    std::shared_ptr<Outbox> outbox_;
    std::shared_ptr<HostClock> clock_;
    std::mutex scan_mutex_;  // one scan at a time (clock moves and the periodic thread)

    std::mutex thread_mutex_;
    std::condition_variable stop_signal_;
    bool stopping_ = false;
    std::thread thread_;
};

}  // namespace host::data
