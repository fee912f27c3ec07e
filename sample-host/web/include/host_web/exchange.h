// One HTTP request and its answer, as route handlers see them: path parameters, the JSON
// body, and JSON replies.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include <Poco/Dynamic/Var.h>
#include <Poco/JSON/Object.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include "host_data/result.h"
#include "host_web/router.h"

namespace host::web {

class Exchange {
  public:
    Exchange(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response,
             PathParams params);

    Poco::Net::HTTPServerRequest& request() { return request_; }
    const std::string& param(const std::string& name) const;
    // A path parameter that must be a positive integer id; replies 404 and answers nothing
    // otherwise.
    std::optional<std::int64_t> id_param(const std::string& name, const std::string& entity);

    // The request body as a JSON object; replies 400 and answers nothing when it is not one.
    // An empty body reads as {}.
    Poco::JSON::Object::Ptr json_body();

    void reply(int status, const Poco::Dynamic::Var& json);
    // `json` must already be a JSON document.
    void reply_json_text(int status, const std::string& json);
    // {"error": message}
    void reply_error(int status, const std::string& message);
    // The HTTP status of a data-layer error, with its message.
    void reply_error(const data::Error& error);
    bool replied() const { return replied_; }
    // For handlers that write their own answer (HTML, redirects, cookies: the web admin UI);
    // taking it counts as having replied.
    Poco::Net::HTTPServerResponse& response() {
        replied_ = true;
        return response_;
    }

  private:
    Poco::Net::HTTPServerRequest& request_;
    Poco::Net::HTTPServerResponse& response_;
    PathParams params_;
    bool replied_ = false;
};

}  // namespace host::web
