// GET|POST /groups, GET|DELETE /groups/{id}
#include "handlers/filters.h"
#include "handlers/kisi_routes.h"
#include "handlers/respond.h"
#include "http/body_reader.h"
#include "http/pagination.h"
#include "http/query_reader.h"
#include "json/group_json.h"
#include "store/topology.h"

namespace kisi::sandbox {
namespace {

ApiResponse list_groups(HandlerContext& context, const ApiRequest& request) {
    QueryReader query(request, context.identity.user_id);
    const auto ids = query.ids();
    const auto text = query.text("query");
    const auto scope = query.text("scope");
    const auto place_id = query.id("place_id");
    const auto lock_id = query.id("lock_id");
    const Page page = query.page(groups_page);
    if (!query.ok()) return ApiResponse::error(query.error());
    return context.services.state.read([&](const Model& model) {
        std::vector<const Group*> matching;
        for (const auto& [id, group] : model.groups) {
            if (ids && !ids->count(id)) continue;
            if (text && !contains_text(group.name, *text)) continue;
            if (scope == "organization" && group.place_id) continue;
            if (scope == "place" && !group.place_id) continue;
            if (place_id && group.place_id != place_id) continue;
            if (lock_id) {
                const auto locks = lock_ids_of_group(model, id);
                if (std::find(locks.begin(), locks.end(), *lock_id) == locks.end()) continue;
            }
            matching.push_back(&group);
        }
        sort_by_name(matching, query.text("sort"), "name",
                     [](const Group& group) { return group.name; });
        return page_response(matching, page,
                             [&](const Group& group) { return json::group(model, group); });
    });
}

ApiResponse show_group(HandlerContext& context, const ApiRequest& request) {
    return context.services.state.read([&](const Model& model) {
        return respond_found(model.group(*request.id), "Group",
                             [&](const Group& group) { return json::group(model, group); });
    });
}

ApiResponse post_group(HandlerContext& context, const ApiRequest& request) {
    const auto body = wrapped_object(request, "group");
    if (!body.ok()) return ApiResponse::error(body.error());
    BodyReader in(body.value());
    GroupDraft draft;
    draft.name = in.text("name").value.value_or("");
    draft.description = in.text("description").value;
    draft.place_id = in.integer("place_id").value;
    draft.login_enabled = in.flag("login_enabled").value.value_or(true);
    if (!in.ok()) return ApiResponse::error(ApiError::validation(in.errors()));
    return context.services.state.write([&](Model& model) {
        return respond_created(create_group(model, std::move(draft), context.now()),
                               [&](const Group& group) { return json::group(model, group); });
    });
}

ApiResponse destroy_group(HandlerContext& context, const ApiRequest& request) {
    return context.services.state.write(
        [&](Model& model) { return respond_done(delete_group(model, *request.id)); });
}

}  // namespace

void add_group_routes(Router& router) {
    router.add("GET", "/groups", Access::admin_login, list_groups);
    router.add("POST", "/groups", Access::admin_login, post_group);
    router.add("GET", "/groups/{id}", Access::admin_login, show_group);
    router.add("DELETE", "/groups/{id}", Access::admin_login, destroy_group);
}

}  // namespace kisi::sandbox
