#pragma once

#include <sdk/reply.hpp>
#include <sdk/result.hpp>

#include <string>

namespace kisi::ui {

// The action answer for a refused step: 422, 409, 403, 404, 502 or 503 by its status. Other
// statuses (the host's storage failing) are not the admin's input: they throw sdk::Error so
// that the host reports the failure as such.
sdk::ActionResult refusal_result(const sdk::Status& status);

// `text` with every occurrence of `secret` masked: a last line of defence for messages built
// while a secret is at hand.
std::string without_secret(std::string text, const std::string& secret);

}  // namespace kisi::ui
