// GET /user: the login's own user with its organization (how a client checks an API key and
// learns the organization's name).
#include "handlers/kisi_routes.h"
#include "handlers/respond.h"
#include "json/user_json.h"

namespace kisi::sandbox {
namespace {

ApiResponse show_current_user(HandlerContext& context, const ApiRequest&) {
    return context.services.state.read([&](const Model& model) {
        return respond_found(model.user(context.identity.user_id), "User",
                             [&](const User& user) { return json::current_user(model, user); });
    });
}

}  // namespace

void add_current_user_routes(Router& router) {
    router.add("GET", "/user", Access::any_login, show_current_user);
}

}  // namespace kisi::sandbox
