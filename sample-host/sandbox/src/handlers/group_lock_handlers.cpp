// GET|POST /group_locks (listing needs group_id), GET|DELETE /group_locks/{id}
#include "handlers/filters.h"
#include "handlers/kisi_routes.h"
#include "handlers/respond.h"
#include "http/body_reader.h"
#include "http/pagination.h"
#include "http/query_reader.h"
#include "json/group_lock_json.h"
#include "store/topology.h"

namespace kisi::sandbox {
namespace {

ApiResponse list_group_locks(HandlerContext& context, const ApiRequest& request) {
    QueryReader query(request, context.identity.user_id);
    const auto group_id = query.id("group_id");
    const auto ids = query.ids();
    const auto lock_id = query.id("lock_id");
    const auto text = query.text("query");
    const Page page = query.page(group_locks_page);
    if (!query.ok()) return ApiResponse::error(query.error());
    if (!group_id) return ApiResponse::error(ApiError::bad_request("group_id is required."));
    return context.services.state.read([&](const Model& model) {
        if (model.group(*group_id) == nullptr) {
            return ApiResponse::error(ApiError::not_found("Group"));
        }
        std::vector<const GroupLock*> matching;
        for (const auto& [id, link] : model.group_locks) {
            if (link.group_id != *group_id) continue;
            if (ids && !ids->count(id)) continue;
            if (lock_id && link.lock_id != *lock_id) continue;
            if (text && !contains_text(model.lock(link.lock_id)->name, *text)) continue;
            matching.push_back(&link);
        }
        return page_response(matching, page,
                             [&](const GroupLock& link) { return json::group_lock(model, link); });
    });
}

ApiResponse show_group_lock(HandlerContext& context, const ApiRequest& request) {
    return context.services.state.read([&](const Model& model) {
        return respond_found(model.group_lock(*request.id), "Group lock",
                             [&](const GroupLock& link) { return json::group_lock(model, link); });
    });
}

ApiResponse post_group_lock(HandlerContext& context, const ApiRequest& request) {
    const auto body = wrapped_object(request, "group_lock");
    if (!body.ok()) return ApiResponse::error(body.error());
    BodyReader in(body.value());
    const auto group_id = in.integer("group_id").value;
    const auto lock_id = in.integer("lock_id").value;
    if (!group_id) in.fail("group_id", "can't be blank");
    if (!lock_id) in.fail("lock_id", "can't be blank");
    if (!in.ok()) return ApiResponse::error(ApiError::validation(in.errors()));
    return context.services.state.write([&](Model& model) {
        return respond_created(
            create_group_lock(model, *group_id, *lock_id, context.now()),
            [&](const GroupLock& link) { return json::group_lock(model, link); });
    });
}

ApiResponse destroy_group_lock(HandlerContext& context, const ApiRequest& request) {
    return context.services.state.write(
        [&](Model& model) { return respond_done(delete_group_lock(model, *request.id)); });
}

}  // namespace

void add_group_lock_routes(Router& router) {
    router.add("GET", "/group_locks", Access::admin_login, list_group_locks);
    router.add("POST", "/group_locks", Access::admin_login, post_group_lock);
    router.add("GET", "/group_locks/{id}", Access::admin_login, show_group_lock);
    router.add("DELETE", "/group_locks/{id}", Access::admin_login, destroy_group_lock);
}

}  // namespace kisi::sandbox
