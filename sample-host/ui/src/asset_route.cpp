#include "routes.h"

#include <array>
#include <utility>

#include "host_ui/embedded_files.h"
#include "host_ui/replies.h"

namespace host::ui {

namespace {

std::string contentType(std::string_view name) {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 6> kTypes{{
        {".css", "text/css; charset=utf-8"},
        {".js", "text/javascript; charset=utf-8"},
        {".svg", "image/svg+xml"},
        {".png", "image/png"},
        {".ico", "image/x-icon"},
        {".json", "application/json"},
    }};
    for (const auto& [extension, type] : kTypes) {
        if (name.ends_with(extension)) return std::string(type);
    }
    return "application/octet-stream";
}

}  // namespace

void serveAsset(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response,
                const std::string& name) {
    // Only files of assets/ are public; templates/ stay inside the server.
    const auto file =
        name.find("..") == std::string::npos ? embeddedFile("assets/" + name) : std::nullopt;
    if (!file) {
        sendJsonError(response, Poco::Net::HTTPResponse::HTTP_NOT_FOUND,
                      "There is no file " + request.getURI() + ".");
        return;
    }
    response.set("Cache-Control", "no-cache");
    response.set("X-Content-Type-Options", "nosniff");
    response.setContentType(contentType(name));
    response.setContentLength(static_cast<std::streamsize>(file->bytes.size()));
    auto& out = response.send();
    if (request.getMethod() != Poco::Net::HTTPRequest::HTTP_HEAD) {
        out.write(file->bytes.data(), static_cast<std::streamsize>(file->bytes.size()));
    }
}

}  // namespace host::ui
