#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "kisi/client/http.h"

// When the suite runs through Stoplight Prism (proxy mode), Prism validates every request and
// response against Kisi's OpenAPI description and reports violations in an `sl-violations`
// header (or answers itself with a problem+json error). This decorator reads that verdict:
// each violation is written to a report (JSON lines) and fails the running test, naming the
// operation, unless it is one of the documented deviations of the description.
namespace kisi::client::integration {

struct KnownDeviation {
    std::string operation;  // "PATCH /role_assignments/{id}"
    std::string location;   // "request.body"
    std::string code;       // Prism's rule, e.g. "oneOf"
};

// Reads [{"operation": ..., "location": ..., "code": ..., "reason": ...}, ...].
std::vector<KnownDeviation> load_known_deviations(const std::string& path);

// "GET /role_assignments/600001?x=1" -> "GET /role_assignments/{id}".
std::string operation_template(HttpMethod method, const std::string& target);

class PrismVerdictTransport final : public HttpTransport {
  public:
    PrismVerdictTransport(std::shared_ptr<HttpTransport> inner, std::vector<KnownDeviation> known,
                          std::string report_path);

    Result<HttpResponse> send(const HttpRequest& request) override;

  private:
    void record(const std::string& operation, const std::string& location, const std::string& code,
                const std::string& message);

    const std::shared_ptr<HttpTransport> inner_;
    const std::vector<KnownDeviation> known_;
    const std::string report_path_;
    std::mutex mutex_;
};

}  // namespace kisi::client::integration
