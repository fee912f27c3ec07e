#include <Poco/NumberParser.h>
#include <Poco/StringTokenizer.h>
#include <Poco/URI.h>

#include <host/loader/plugin_manager.hpp>

#include "host_ui/plugins_json.h"
#include "host_ui/replies.h"
#include "routes.h"

namespace host::ui {

namespace {

using Poco::Net::HTTPResponse;

HTTPResponse::HTTPStatus statusOf(host::data::ErrorKind kind) {
    switch (kind) {
        case host::data::ErrorKind::invalid_argument:
            return HTTPResponse::HTTP_UNPROCESSABLE_ENTITY;
        case host::data::ErrorKind::not_found:
            return HTTPResponse::HTTP_NOT_FOUND;
        case host::data::ErrorKind::conflict:
            return HTTPResponse::HTTP_CONFLICT;
        case host::data::ErrorKind::internal:
            break;
    }
    return HTTPResponse::HTTP_INTERNAL_SERVER_ERROR;
}

void answer(Response& response, const host::data::Result<Poco::Dynamic::Var>& result) {
    if (result) {
        sendJson(response, HTTPResponse::HTTP_OK, result.value());
    } else {
        sendJsonError(response, statusOf(result.error().kind), result.error().message);
    }
}

}  // namespace

void serveAdminApi(AdminAuth& auth, HostDataReads& data, host::loader::PluginManager& plugins,
                   Request& request, Response& response) {
    const auto access = auth.check(request);
    if (access.access != AdminAccess::granted) {
        sendJsonError(response,
                      access.access == AdminAccess::forbidden ? HTTPResponse::HTTP_FORBIDDEN
                                                              : HTTPResponse::HTTP_UNAUTHORIZED,
                      access.message);
        return;
    }
    Poco::StringTokenizer parts(Poco::URI(request.getURI()).getPath(), "/",
                                Poco::StringTokenizer::TOK_IGNORE_EMPTY);
    // parts[0] is "api"; AdminUi routes only the paths below here.
    const std::string& collection = parts[1];
    if (parts.count() == 2) {
        if (collection == "centers") return answer(response, data.centers());
        if (collection == "families") return answer(response, data.families());
        if (collection == "employees") return answer(response, data.employees());
        if (collection == "plugins") {
            return sendJson(response, HTTPResponse::HTTP_OK, pluginsJson(plugins.plugins()));
        }
    }
    host::data::Id id = 0;
    if (parts.count() == 3 && Poco::NumberParser::tryParse64(parts[2], id)) {
        if (collection == "families") return answer(response, data.family(id));
        if (collection == "employees") return answer(response, data.employee(id));
    }
    sendJsonError(response, HTTPResponse::HTTP_NOT_FOUND, "There is no such admin resource.");
}

}  // namespace host::ui
