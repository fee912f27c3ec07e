#include "strand.hpp"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include <pthread.h>

namespace host::loader {

using Clock = std::chrono::steady_clock;

namespace {

struct Job {
    enum class Phase { queued, running, finished, dropped };
    std::function<void()> task;
    Phase phase = Phase::queued;
    bool abandoned = false;  // its caller stopped waiting (timed out)
    Clock::time_point started;
};

}  // namespace

struct Strand::State {
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<std::shared_ptr<Job>> queue;
    std::size_t capacity;
    bool accepting = true;
    bool stopping = false;
    bool running_abandoned = false;  // a timed-out job is still running
    bool running = false;
    std::function<void(std::chrono::milliseconds)> late_return;
    std::thread worker;

    void work() {
        std::unique_lock lock(mutex);
        for (;;) {
            changed.wait(lock, [&] { return stopping || !queue.empty(); });
            if (queue.empty()) return;  // stopping and drained
            std::shared_ptr<Job> job = queue.front();
            queue.pop_front();
            job->phase = Job::Phase::running;
            job->started = Clock::now();
            running = true;
            lock.unlock();
            job->task();
            lock.lock();
            running = false;
            job->phase = Job::Phase::finished;
            if (job->abandoned) {
                running_abandoned = false;
                auto callback = late_return;
                auto took = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() -
                                                                                  job->started);
                lock.unlock();
                if (callback) callback(took);
                lock.lock();
            }
            changed.notify_all();
        }
    }
};

Strand::Strand(const std::string& name, std::size_t capacity) : state_(std::make_shared<State>()) {
    state_->capacity = capacity == 0 ? 1 : capacity;
    // The thread holds the state too, so that a detached worker never outlives it.
    state_->worker = std::thread([state = state_] { state->work(); });
    pthread_setname_np(state_->worker.native_handle(), name.substr(0, 15).c_str());
}

Strand::~Strand() {
    std::unique_lock lock(state_->mutex);
    state_->accepting = false;
    state_->stopping = true;
    // Jobs still queued will never run; their callers have given up or will see them dropped.
    for (auto& job : state_->queue) job->phase = Job::Phase::dropped;
    state_->queue.clear();
    bool stuck = state_->running_abandoned;
    state_->late_return = nullptr;  // its owner is going away
    state_->changed.notify_all();
    lock.unlock();
    if (stuck) {
        state_->worker.detach();  // an in-process call cannot be cancelled
    } else {
        state_->worker.join();
    }
}

Strand::Outcome Strand::run(std::function<void()> task, std::chrono::milliseconds deadline) {
    auto job = std::make_shared<Job>();
    job->task = std::move(task);
    std::unique_lock lock(state_->mutex);
    if (!state_->accepting) return Outcome::closed;
    if (state_->running_abandoned || state_->queue.size() >= state_->capacity) {
        return Outcome::busy;
    }
    const Clock::time_point queued_at = Clock::now();
    state_->queue.push_back(job);
    state_->changed.notify_all();
    for (;;) {
        switch (job->phase) {
            case Job::Phase::finished:
                return Outcome::done;
            case Job::Phase::dropped:
                return Outcome::not_started;
            case Job::Phase::queued:
                if (Clock::now() >= queued_at + deadline) {
                    std::erase(state_->queue, job);
                    job->phase = Job::Phase::dropped;
                    return Outcome::not_started;
                }
                state_->changed.wait_until(lock, queued_at + deadline);
                break;
            case Job::Phase::running:
                if (Clock::now() >= job->started + deadline) {
                    job->abandoned = true;
                    state_->running_abandoned = true;
                    return Outcome::timed_out;
                }
                state_->changed.wait_until(lock, job->started + deadline);
                break;
        }
    }
}

void Strand::on_late_return(std::function<void(std::chrono::milliseconds)> callback) {
    std::lock_guard lock(state_->mutex);
    state_->late_return = std::move(callback);
}

bool Strand::stuck() const {
    std::lock_guard lock(state_->mutex);
    return state_->running_abandoned;
}

bool Strand::close_and_drain(std::chrono::milliseconds deadline) {
    std::unique_lock lock(state_->mutex);
    state_->accepting = false;
    return state_->changed.wait_for(lock, deadline,
                                    [&] { return state_->queue.empty() && !state_->running; });
}

const char* to_string(Strand::Outcome outcome) {
    switch (outcome) {
        case Strand::Outcome::done:
            return "done";
        case Strand::Outcome::timed_out:
            return "timed_out";
        case Strand::Outcome::not_started:
            return "not_started";
        case Strand::Outcome::busy:
            return "busy";
        case Strand::Outcome::closed:
            return "closed";
    }
    return "unknown";
}

}  // namespace host::loader
