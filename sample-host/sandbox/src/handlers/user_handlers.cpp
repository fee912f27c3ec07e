// GET|POST /users, GET|PATCH|DELETE /users/{id}
#include "handlers/filters.h"
#include "handlers/kisi_routes.h"
#include "handlers/respond.h"
#include "http/body_reader.h"
#include "http/pagination.h"
#include "http/query_reader.h"
#include "json/user_json.h"
#include "store/users.h"

#include <set>

namespace kisi::sandbox {
namespace {

// Users holding a role in a group (of the place, when `place_id` is given).
std::set<Id> users_with_role(const Model& model, std::optional<Id> group_id,
                             std::optional<Id> place_id) {
    std::set<Id> users;
    for (const auto& [id, assignment] : model.role_assignments) {
        if (group_id && assignment.group_id != *group_id) continue;
        if (place_id && model.group(assignment.group_id)->place_id != place_id) continue;
        users.insert(assignment.user_id);
    }
    return users;
}

void sort_users(std::vector<const User*>& users, const std::optional<std::string>& sort) {
    sort_by_name(users, sort, "name", [](const User& user) { return user.name; });
    if (sort == "access_enabled" || sort == "-access_enabled") {
        const bool descending = (*sort)[0] == '-';
        std::stable_sort(users.begin(), users.end(), [&](const User* a, const User* b) {
            return descending ? a->access_enabled > b->access_enabled
                              : a->access_enabled < b->access_enabled;
        });
    }
}

ApiResponse list_users(HandlerContext& context, const ApiRequest& request) {
    QueryReader query(request, context.identity.user_id);
    const auto ids = query.ids();
    const auto email = query.text("email");
    const auto text = query.text("query");
    const auto group_id = query.id("group_id");
    const auto place_id = query.id("place_id");
    const auto user_id = query.id_or_me("user_id");
    const Page page = query.page(users_page);
    if (!query.ok()) return ApiResponse::error(query.error());
    return context.services.state.read([&](const Model& model) {
        std::optional<std::set<Id>> with_role;
        if (group_id || place_id) with_role = users_with_role(model, group_id, place_id);
        const std::string wanted_email = email ? normalize_email(*email) : "";
        std::vector<const User*> matching;
        for (const auto& [id, user] : model.users) {
            if (ids && !ids->count(id)) continue;
            if (email && user.email != wanted_email) continue;
            if (text && !contains_text(user.email, *text) && !contains_text(user.name, *text) &&
                !contains_text(user.notes.value_or(""), *text)) {
                continue;
            }
            if (with_role && !with_role->count(id)) continue;
            if (user_id && id != *user_id) continue;
            matching.push_back(&user);
        }
        sort_users(matching, query.text("sort"));
        return page_response(matching, page,
                             [&](const User& user) { return json::user(model, user); });
    });
}

ApiResponse show_user(HandlerContext& context, const ApiRequest& request) {
    return context.services.state.read([&](const Model& model) {
        return respond_found(model.user(*request.id), "User",
                             [&](const User& user) { return json::user(model, user); });
    });
}

ApiResponse post_user(HandlerContext& context, const ApiRequest& request) {
    const auto body = wrapped_object(request, "user");
    if (!body.ok()) return ApiResponse::error(body.error());
    BodyReader in(body.value());
    UserDraft draft;
    draft.email = in.text("email").value.value_or("");
    draft.name = in.text("name").value.value_or("");
    draft.image = in.text("image").value;
    draft.notes = in.text("notes").value;
    draft.metadata = in.metadata("metadata").value.value_or(Metadata{});
    draft.access_enabled = in.flag("access_enabled").value.value_or(true);
    draft.password_flow_enabled = in.flag("password_flow_enabled").value.value_or(false);
    draft.send_emails = in.flag("send_emails").value.value_or(true);
    draft.confirm = in.flag("confirm").value.value_or(false);
    if (!in.ok()) return ApiResponse::error(ApiError::validation(in.errors()));
    return context.services.state.write([&](Model& model) {
        return respond_created(create_user(model, std::move(draft), context.now()),
                               [&](const User& user) { return json::user(model, user); });
    });
}

ApiResponse patch_user(HandlerContext& context, const ApiRequest& request) {
    const auto body = wrapped_object(request, "user");
    if (!body.ok()) return ApiResponse::error(body.error());
    BodyReader in(body.value());
    UserChanges changes;
    changes.name = in.text("name").value;
    changes.image = in.text("image").change();
    changes.notes = in.text("notes").change();
    changes.metadata = in.metadata("metadata").value;
    changes.access_enabled = in.flag("access_enabled").value;
    changes.password_flow_enabled = in.flag("password_flow_enabled").value;
    if (!in.ok()) return ApiResponse::error(ApiError::validation(in.errors()));
    return context.services.state.write([&](Model& model) {
        return respond_done(update_user(model, *request.id, changes, context.now()));
    });
}

ApiResponse destroy_user(HandlerContext& context, const ApiRequest& request) {
    return context.services.state.write(
        [&](Model& model) { return respond_done(delete_user(model, *request.id)); });
}

}  // namespace

void add_user_routes(Router& router) {
    router.add("GET", "/users", Access::admin_login, list_users);
    router.add("POST", "/users", Access::admin_login, post_user);
    router.add("GET", "/users/{id}", Access::admin_login, show_user);
    router.add("PATCH", "/users/{id}", Access::admin_login, patch_user);
    router.add("DELETE", "/users/{id}", Access::admin_login, destroy_user);
}

}  // namespace kisi::sandbox
