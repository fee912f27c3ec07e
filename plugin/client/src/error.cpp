#include "kisi/client/error.h"

namespace kisi::client {

std::string_view to_string(ErrorKind kind) {
    switch (kind) {
        case ErrorKind::configuration:
            return "configuration";
        case ErrorKind::authentication:
            return "authentication";
        case ErrorKind::forbidden:
            return "forbidden";
        case ErrorKind::not_found:
            return "not_found";
        case ErrorKind::validation:
            return "validation";
        case ErrorKind::conflict:
            return "conflict";
        case ErrorKind::rate_limited:
            return "rate_limited";
        case ErrorKind::server:
            return "server";
        case ErrorKind::network:
            return "network";
        case ErrorKind::undecodable:
            return "undecodable";
        case ErrorKind::unexpected:
            return "unexpected";
    }
    return "unexpected";
}

bool Error::transient() const {
    return kind == ErrorKind::rate_limited || kind == ErrorKind::server ||
           kind == ErrorKind::network;
}

}  // namespace kisi::client
