#include "kisi/client/error_mapping.h"

#include <Poco/DateTimeFormat.h>
#include <Poco/DateTimeParser.h>

#include <algorithm>
#include <charconv>

#include "kisi/client/decoders.h"

namespace kisi::client {
namespace {

using std::chrono::milliseconds;
using std::chrono::seconds;

constexpr std::size_t kMaxQuotedLength = 300;
constexpr seconds kMaxRetryAfter{24 * 60 * 60};

// Kisi's own words, shortened and without control characters, for an admin to read.
std::string quoted(std::string_view text) {
    std::string out;
    for (const char c : text.substr(0, kMaxQuotedLength)) {
        out += static_cast<unsigned char>(c) < 0x20 ? ' ' : c;
    }
    if (text.size() > kMaxQuotedLength) out += "...";
    return "\"" + out + "\"";
}

std::string kisi_detail(const std::optional<ErrorBody>& body) {
    if (!body) return "";
    std::string detail;
    if (!body->message.empty()) detail = ": Kisi says " + quoted(body->message);
    if (!body->code.empty()) {
        detail += (detail.empty() ? " (Kisi code " : " (code ") + quoted(body->code) + ")";
    }
    return detail;
}

std::string field_summary(const std::map<std::string, std::vector<std::string>>& fields) {
    std::string summary;
    for (const auto& [field, messages] : fields) {
        for (const auto& message : messages) {
            summary += (summary.empty() ? "" : "; ") + field + " " + message;
        }
    }
    return quoted(summary);
}

ErrorKind kind_for_status(int status) {
    switch (status) {
        case 400:
        case 422:
            return ErrorKind::validation;
        case 401:
            return ErrorKind::authentication;
        case 403:
            return ErrorKind::forbidden;
        case 404:
            return ErrorKind::not_found;
        case 409:
            return ErrorKind::conflict;
        case 429:
            return ErrorKind::rate_limited;
        default:
            return status >= 500 && status <= 599 ? ErrorKind::server : ErrorKind::unexpected;
    }
}

}  // namespace

std::optional<milliseconds> parse_retry_after(std::string_view value,
                                              std::chrono::system_clock::time_point now) {
    while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
    while (!value.empty() && value.back() == ' ') value.remove_suffix(1);
    if (value.empty()) return std::nullopt;

    if (std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        if (value.size() > 6) return kMaxRetryAfter;
        long long delta = 0;
        std::from_chars(value.data(), value.data() + value.size(), delta);
        return std::min<milliseconds>(seconds{delta}, kMaxRetryAfter);
    }

    // IMF-fixdate, "Sun, 06 Nov 1994 08:49:37 GMT". The shape is checked first because Poco's
    // parser also accepts text that is no date at all.
    if (value.size() != 29 || !value.ends_with(" GMT") || value[3] != ',') return std::nullopt;
    Poco::DateTime date;
    int zone = 0;
    if (!Poco::DateTimeParser::tryParse(Poco::DateTimeFormat::HTTP_FORMAT, std::string(value), date,
                                        zone)) {
        return std::nullopt;
    }
    const auto at = std::chrono::system_clock::time_point(
        std::chrono::microseconds(date.timestamp().epochMicroseconds()));
    const auto wait = std::chrono::duration_cast<milliseconds>(at - now);
    return std::clamp<milliseconds>(wait, milliseconds{0}, kMaxRetryAfter);
}

Error error_from_response(const HttpResponse& response, std::string_view operation,
                          std::chrono::system_clock::time_point now) {
    const auto body = decode_error_body(response.body);
    const std::string op(operation);
    const std::string status = "HTTP " + std::to_string(response.status);
    const std::string detail = kisi_detail(body);

    Error error;
    error.http_status = response.status;
    error.kind = kind_for_status(response.status);
    if (body) {
        error.kisi_code = body->code;
        error.field_errors = body->field_errors;
    }
    if (error.kind == ErrorKind::rate_limited || response.status == 503) {
        if (const auto header = response.header("Retry-After")) {
            error.retry_after = parse_retry_after(*header, now);
        }
    }

    switch (error.kind) {
        case ErrorKind::authentication:
            error.message = "Kisi rejected the API key (" + status + " on " + op + ")" + detail +
                            ". Check that the key was pasted completely, has not been deleted in "
                            "Kisi, and that its user is still an organization administrator.";
            break;
        case ErrorKind::forbidden:
            error.message = "Kisi refused " + op + " (" + status + ")" + detail +
                            ". The key's user lacks the rights for this; use a key of an "
                            "organization administrator or owner.";
            break;
        case ErrorKind::not_found:
            error.message = "Kisi found nothing for " + op + " (" + status + ")" + detail +
                            ". Check the id; it may have been deleted in Kisi.";
            break;
        case ErrorKind::validation:
            error.message =
                "Kisi rejected the data of " + op + " (" + status + ")" +
                (error.field_errors.empty() ? detail : ": " + field_summary(error.field_errors)) +
                ".";
            break;
        case ErrorKind::conflict:
            error.message =
                "Kisi reported a conflict for " + op + " (" + status + ")" + detail + ".";
            break;
        case ErrorKind::rate_limited:
            error.message =
                "Kisi is limiting the rate of requests from this key (" + status + " on " + op +
                ")" + detail + ". The request can be tried again " +
                (error.retry_after
                     ? "in " + std::to_string((error.retry_after->count() + 999) / 1000) + " s."
                     : "shortly.");
            break;
        case ErrorKind::server:
            error.message = "Kisi had a server error on " + op + " (" + status + ")" + detail +
                            ". This is usually temporary; the request can be tried again later.";
            break;
        default:
            error.message = "Kisi answered " + op + " with an unexpected " + status + detail +
                            " that this integration does not handle.";
            break;
    }
    return error;
}

}  // namespace kisi::client
