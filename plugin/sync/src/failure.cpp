#include "kisi/sync/failure.hpp"

namespace kisi::sync {

std::string describe(const client::Error& error) {
    std::string text = error.message;
    for (const auto& [field, messages] : error.field_errors)
        for (const auto& m : messages) text += (text.empty() ? "" : "; ") + field + ": " + m;
    return text;
}

Failure classify(const client::Error& error) {
    using client::ErrorKind;
    switch (error.kind) {
        case ErrorKind::authentication:
        case ErrorKind::forbidden:
            return {FailureClass::unauthorized, describe(error)};
        case ErrorKind::rate_limited:
        case ErrorKind::server:
        case ErrorKind::network:
            return {FailureClass::transient, describe(error)};
        default:
            return {FailureClass::rejected, describe(error)};
    }
}

}  // namespace kisi::sync
