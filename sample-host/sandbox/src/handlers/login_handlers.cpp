// POST /logins: a new login secret. With `login.email`, the organization admin creates a
// device login on behalf of a managed user, whose own rights then apply to it (unlocks are
// logged as that user). Without it, the caller gets another login of their own. Signing in
// with a password is not emulated: the caller must already hold a login.
#include "handlers/kisi_routes.h"
#include "handlers/respond.h"
#include "http/body_reader.h"
#include "json/login_json.h"
#include "store/logins.h"
#include "store/users.h"

namespace kisi::sandbox {
namespace {

ApiResponse post_login(HandlerContext& context, const ApiRequest& request) {
    const auto body = wrapped_object(request, "login");
    if (!body.ok()) return ApiResponse::error(body.error());
    BodyReader in(body.value());
    LoginDraft draft;
    draft.type = in.text("type").value.value_or("device");
    if (draft.type != "device" && draft.type != "api") {
        in.fail("type", "must be api or device");
    }
    draft.name = in.text("name").value;
    draft.device_brand = in.text("device_brand").value;
    draft.device_model = in.text("device_model").value;
    draft.os_name = in.text("os_name").value;
    draft.expire = in.flag("expire").value.value_or(true);
    const auto email = in.text("email").value;
    if (!in.ok()) return ApiResponse::error(ApiError::validation(in.errors()));

    return context.services.state.write([&](Model& model) {
        draft.user_id = context.identity.user_id;
        if (email) {
            const User* user = find_user_by_email(model, *email);
            if (user == nullptr) return ApiResponse::error(ApiError::not_found("User"));
            if (user->id != context.identity.user_id) {
                if (!context.is_admin()) {
                    return ApiResponse::error(ApiError::forbidden(
                        "Only an organization administrator can create logins for other "
                        "users."));
                }
                if (draft.type != "device") {
                    return ApiResponse::error(ApiError::forbidden(
                        "API logins cannot be created on behalf of other users; use type "
                        "device."));
                }
                if (!user->managed()) {
                    return ApiResponse::error(ApiError::forbidden(
                        "Logins can be created on behalf of managed users only (created with "
                        "send_emails false and confirm true)."));
                }
            }
            draft.user_id = user->id;
        }
        return respond_created(create_login(model, std::move(draft), context.now()),
                               [&](const Login& login) { return json::login(model, login); });
    });
}

}  // namespace

void add_login_routes(Router& router) {
    router.add("POST", "/logins", Access::any_login, post_login);
}

}  // namespace kisi::sandbox
