#pragma once

#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "kisi/client/clock.h"
#include "kisi/client/http.h"

namespace kisi::client::testing {

// Answers requests from a script, in order, and records what was sent and when.
class ScriptedTransport final : public HttpTransport {
  public:
    explicit ScriptedTransport(std::shared_ptr<Clock> clock = nullptr) : clock_(std::move(clock)) {}

    ScriptedTransport& respond(int status, std::string body = "", HttpHeaders headers = {}) {
        std::lock_guard lock(mutex_);
        script_.emplace_back(HttpResponse{status, std::move(headers), std::move(body)});
        return *this;
    }
    ScriptedTransport& fail(ErrorKind kind = ErrorKind::network,
                            std::string message = "connection refused") {
        std::lock_guard lock(mutex_);
        Error error;
        error.kind = kind;
        error.message = std::move(message);
        script_.emplace_back(std::move(error));
        return *this;
    }

    Result<HttpResponse> send(const HttpRequest& request) override {
        std::lock_guard lock(mutex_);
        requests_.push_back(request);
        if (clock_) sent_at_.push_back(clock_->now());
        if (script_.empty()) {
            Error error;
            error.kind = ErrorKind::network;
            error.message = "the test script has no more answers";
            return error;
        }
        auto next = std::move(script_.front());
        script_.pop_front();
        return next;
    }

    std::vector<HttpRequest> requests() const {
        std::lock_guard lock(mutex_);
        return requests_;
    }
    std::vector<Clock::time_point> sent_at() const {
        std::lock_guard lock(mutex_);
        return sent_at_;
    }
    std::size_t remaining() const {
        std::lock_guard lock(mutex_);
        return script_.size();
    }

  private:
    const std::shared_ptr<Clock> clock_;
    mutable std::mutex mutex_;
    std::deque<Result<HttpResponse>> script_;
    std::vector<HttpRequest> requests_;
    std::vector<Clock::time_point> sent_at_;
};

}  // namespace kisi::client::testing
