#include "kisi/access/kisi_refusal.hpp"

#include <string>

namespace kisi::access {

using client::ErrorKind;

std::string kisi_reason(const client::Error& error) {
    std::string reason = error.message;
    for (const auto& [field, messages] : error.field_errors)
        for (const std::string& message : messages) {
            if (!reason.empty()) reason += "; ";
            reason += field + " " + message;
        }
    return reason;
}

sdk::Status kisi_refusal(const client::Error& error, std::string_view doing) {
    const std::string step(doing);
    const std::string reason = kisi_reason(error);
    const std::string http =
        error.http_status ? " (HTTP " + std::to_string(error.http_status) + ")" : "";
    switch (error.kind) {
        case ErrorKind::configuration:
            return {HP_E_INVALID_ARGUMENT,
                    "The Kisi connection settings are not usable: " + reason};
        case ErrorKind::authentication:
            return {HP_E_UPSTREAM, "Kisi no longer accepts the stored API key" + http + " while " +
                                       step + ". Paste a valid key under Connection."};
        case ErrorKind::forbidden:
            return {HP_E_UPSTREAM,
                    "Kisi refused " + step + http + ": the key's user lacks the rights. " + reason};
        case ErrorKind::network:
            return {HP_E_UNAVAILABLE, "Kisi could not be reached while " + step + ": " + reason};
        case ErrorKind::rate_limited:
            return {HP_E_UNAVAILABLE,
                    "Kisi is limiting the request rate while " + step + "; try again shortly."};
        case ErrorKind::server:
            return {HP_E_UPSTREAM, "Kisi failed while " + step + http + ": " + reason};
        case ErrorKind::not_found:
        case ErrorKind::validation:
        case ErrorKind::conflict:
            return {HP_E_UPSTREAM, "Kisi refused " + step + http + ": " + reason};
        case ErrorKind::undecodable:
        case ErrorKind::unexpected:
            break;
    }
    return {HP_E_UPSTREAM, "Kisi gave an unexpected answer while " + step + http + ": " + reason};
}

}  // namespace kisi::access
