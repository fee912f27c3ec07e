// strand.hpp: a serial executor (one worker thread, bounded queue) whose callers wait for
// their task with a deadline. A plugin gets one, so the host never calls it concurrently.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>

namespace host::loader {

class Strand {
  public:
    enum class Outcome {
        done,         // the task ran to completion within its deadline
        timed_out,    // the task started but is still running at its deadline
        not_started,  // the task waited in the queue past its deadline and was dropped
        busy,         // refused at once: the queue is full or a timed-out task still runs
        closed        // refused: the strand no longer accepts work
    };

    // `name` names the worker thread (at most 15 characters are kept).
    Strand(const std::string& name, std::size_t capacity);
    // Joins the worker; if a timed-out task still runs, detaches it instead.
    ~Strand();
    Strand(const Strand&) = delete;
    Strand& operator=(const Strand&) = delete;

    // Queues `task` and waits until it finishes, or until `deadline` has passed since it
    // started (or, while it waits in the queue, since it was queued). A task that times out
    // keeps running; until it returns the strand answers busy.
    Outcome run(std::function<void()> task, std::chrono::milliseconds deadline);

    // Called on the worker thread when a task that timed out finally returns.
    void on_late_return(std::function<void(std::chrono::milliseconds took)> callback);

    // True while a timed-out task is still running.
    bool stuck() const;

    // Stops accepting work, then waits up to `deadline` for the queued tasks to finish.
    // Answers false when they did not.
    bool close_and_drain(std::chrono::milliseconds deadline);

  private:
    struct State;
    std::shared_ptr<State> state_;
};

const char* to_string(Strand::Outcome outcome);

}  // namespace host::loader
