#pragma once

#include <string>

#include "kisi/client/kisi_client.h"

// The Kisi the integration suite talks to: $KISI_BASE_URL with $KISI_API_KEY when set (an
// external sandbox, or a Prism proxy in front of one), otherwise a sandbox started in this
// process with its rate limit off. The suite expects the sandbox's demo data (places with
// doors, a parent group per place whose doors are fewer than the place's).
namespace kisi::client::integration {

struct KisiTarget {
    std::string base_url;
    std::string api_key;
    double client_rate = 0;  // the client's own limit: $KISI_CLIENT_RATE, 0 (off) by default
};

const KisiTarget& kisi_target();

// A client for the target, signing with `api_key` (the admin's by default). Through a Prism
// proxy ($KISI_PRISM_REPORT set) every exchange is checked against Prism's verdict.
KisiClient connect(const std::string& api_key = kisi_target().api_key);

// An email address no earlier run has used.
std::string unique_email(const std::string& tag);

}  // namespace kisi::client::integration
