#include "prism_verdict.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/String.h>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace kisi::client::integration {
namespace {

Poco::JSON::Array::Ptr parse_array(const std::string& json) {
    return Poco::JSON::Parser().parse(json).extract<Poco::JSON::Array::Ptr>();
}

Poco::JSON::Object::Ptr parse_object(const std::string& json) {
    return Poco::JSON::Parser().parse(json).extract<Poco::JSON::Object::Ptr>();
}

std::string joined_location(const Poco::JSON::Array::Ptr& parts) {
    std::string location;
    for (const auto& part : *parts) location += (location.empty() ? "" : ".") + part.toString();
    return location;
}

}  // namespace

std::vector<KnownDeviation> load_known_deviations(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot read known deviations from " + path);
    std::stringstream text;
    text << in.rdbuf();
    std::vector<KnownDeviation> known;
    const auto entries = parse_array(text.str());
    for (const auto& entry : *entries) {
        const auto object = entry.extract<Poco::JSON::Object::Ptr>();
        known.push_back({object->getValue<std::string>("operation"),
                         object->getValue<std::string>("location"),
                         object->getValue<std::string>("code")});
    }
    return known;
}

std::string operation_template(HttpMethod method, const std::string& target) {
    const std::string path = target.substr(0, target.find('?'));
    std::string templated;
    std::size_t start = 1;
    while (start <= path.size()) {
        const std::size_t end = std::min(path.find('/', start), path.size());
        const std::string segment = path.substr(start, end - start);
        const bool numeric =
            !segment.empty() && segment.find_first_not_of("0123456789") == std::string::npos;
        templated += "/" + (numeric ? std::string("{id}") : segment);
        start = end + 1;
    }
    return std::string(to_string(method)) + " " + templated;
}

PrismVerdictTransport::PrismVerdictTransport(std::shared_ptr<HttpTransport> inner,
                                             std::vector<KnownDeviation> known,
                                             std::string report_path)
    : inner_(std::move(inner)), known_(std::move(known)), report_path_(std::move(report_path)) {}

Result<HttpResponse> PrismVerdictTransport::send(const HttpRequest& request) {
    auto response = inner_->send(request);
    if (!response.ok()) return response;
    const std::string operation = operation_template(request.method, request.target);

    if (const auto header = response->header("sl-violations")) {
        const auto violations = parse_array(*header);
        for (const auto& entry : *violations) {
            const auto violation = entry.extract<Poco::JSON::Object::Ptr>();
            record(operation, joined_location(violation->getArray("location")),
                   violation->optValue<std::string>("code", ""),
                   violation->optValue<std::string>("message", ""));
        }
    }
    // Prism's own answers (no such route, invalid security, ...) replace Kisi's.
    const auto type = response->header("Content-Type").value_or("");
    if (Poco::icompare(type.substr(0, 24), "application/problem+json") == 0 &&
        response->body.find("stoplight.io/prism/errors") != std::string::npos) {
        const auto problem = parse_object(response->body);
        record(operation, "prism", problem->optValue<std::string>("type", ""),
               problem->optValue<std::string>("title", "") + ": " +
                   problem->optValue<std::string>("detail", ""));
    }
    return response;
}

void PrismVerdictTransport::record(const std::string& operation, const std::string& location,
                                   const std::string& code, const std::string& message) {
    bool known = false;
    for (const auto& deviation : known_) {
        known = known || (deviation.operation == operation && deviation.location == location &&
                          deviation.code == code);
    }
    {
        std::lock_guard lock(mutex_);
        Poco::JSON::Object line;
        line.set("operation", operation);
        line.set("location", location);
        line.set("code", code);
        line.set("message", message);
        line.set("known_deviation", known);
        std::ofstream out(report_path_, std::ios::app);
        line.stringify(out);
        out << "\n";
    }
    if (!known) {
        ADD_FAILURE() << "Kisi's OpenAPI description is violated by " << operation << ": "
                      << location << " (" << code << ") " << message;
    }
}

}  // namespace kisi::client::integration
